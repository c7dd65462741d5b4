package cn.kjj.platform.enterprise;

import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.Role;
import cn.kjj.platform.region.RegionDirectory;
import cn.kjj.platform.region.RegionScope;
import cn.kjj.platform.region.Regions;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who may see and change enterprises and their certificates. An enterprise outside the reader's
 * scope is "not found" (404), so that its existence is not revealed; one in scope but a change
 * the reader's role may not make is "forbidden" (403).
 * <ul>
 * <li>ADMIN: every enterprise, read and write.</li>
 * <li>OFFICIAL: enterprises registered in its region or below, read and write.</li>
 * <li>ANALYST: every enterprise, read only, without the change history (who changed what is
 *     about people).</li>
 * <li>ENTERPRISE: its own enterprise, read only, with its history.</li>
 * </ul>
 */
@Component
public class EnterpriseAccess {

    private final RegionScope regions;
    private final RegionDirectory directory;

    EnterpriseAccess(RegionDirectory regions) {
        this.regions = new RegionScope(regions);
        this.directory = regions;
    }

    /**
     * The regions a list of the reader's covers: every one, or these codes (never empty: a code no
     * region has stands for none, so that an SQL {@code in} stays valid).
     */
    public record Where(boolean every, Set<String> codes) {
    }

    /** The regions of the reader's scope, narrowed to {@code region} and below when given (unknown: 404). */
    public Where where(AccountPrincipal reader, String region) {
        Scope scope = scopeOf(reader);
        boolean every = scope.all();
        Set<String> codes = scope.regionCodes();
        if (region != null && !region.isBlank()) {
            Set<String> asked = directory.codesWithin(directory.require(region.strip()).code());
            codes = every ? asked : codes.stream().filter(asked::contains).collect(java.util.stream.Collectors.toSet());
            every = false;
        }
        return new Where(every, codes.isEmpty() ? Set.of("") : codes);
    }

    /**
     * What a reader may see, as a union over its roles.
     *
     * @param all          administrators and analysts: no restriction
     * @param enterpriseId an enterprise account: its own enterprise
     * @param regionCodes  an official: enterprises registered in these regions
     */
    public record Scope(boolean all, Long enterpriseId, Set<String> regionCodes) {

        public boolean isEmpty() {
            return !all && enterpriseId == null && regionCodes.isEmpty();
        }
    }

    public Scope scopeOf(AccountPrincipal reader) {
        Regions readable = regions.readable(reader);
        if (readable.every()) {
            return new Scope(true, null, Set.of());
        }
        Long enterpriseId = reader.has(Role.ENTERPRISE) ? reader.enterpriseId() : null;
        return new Scope(false, enterpriseId, readable.codes());
    }

    public boolean canRead(AccountPrincipal reader, Enterprise enterprise) {
        return regions.canRead(reader, enterprise.getRegionCode())
                || reader.has(Role.ENTERPRISE) && enterprise.getId().equals(reader.enterpriseId());
    }

    /** The enterprise if the reader may see it, else 404. */
    public Enterprise requireReadable(AccountPrincipal reader, Enterprise enterprise, long id) {
        if (enterprise == null || !canRead(reader, enterprise)) {
            throw NotFoundException.of("enterprise", id);
        }
        return enterprise;
    }

    /** Whether the actor may keep records of enterprises registered in {@code regionCode}. */
    public boolean canWrite(AccountPrincipal actor, String regionCode) {
        return regions.canWrite(actor, regionCode);
    }

    /** Changes need an official of the enterprise's region or an administrator; 403 for other readers. */
    public void requireWritable(AccountPrincipal actor, Enterprise enterprise) {
        if (!canWrite(actor, enterprise.getRegionCode())) {
            throw new AccessDeniedToRecordException("error.enterprise.writeForbidden",
                    "only an official of its region may change enterprise " + enterprise.getId());
        }
    }

    /** New enterprises are entered by officials and administrators. */
    public boolean mayCreate(AccountPrincipal actor) {
        return actor.has(Role.ADMIN) || actor.has(Role.OFFICIAL) && actor.regionCode() != null;
    }

    /** The history names the people who made each change: not for analysts. */
    public boolean canReadHistory(AccountPrincipal reader, Enterprise enterprise) {
        return reader.has(Role.ADMIN)
                || reader.has(Role.ENTERPRISE) && enterprise.getId().equals(reader.enterpriseId())
                || regions.isOwn(reader, enterprise.getRegionCode());
    }
}
