package cn.kjj.platform.program;

import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.Role;
import cn.kjj.platform.region.RegionDirectory;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who may see and change policy programs. Programs are public calls, so administrators, analysts
 * and enterprises read every region's; officials read their own region and the regions below it.
 * An enterprise sees only its own awards. Administrators and officials (within their region)
 * create, change and award; a program outside the reader's scope is "not found".
 */
@Component
class ProgramAccess {

    private final RegionDirectory regions;

    ProgramAccess(RegionDirectory regions) {
        this.regions = regions;
    }

    /** The region codes whose programs the reader sees, or {@code null} for every region. */
    Set<String> readableRegions(AccountPrincipal reader) {
        if (reader.has(Role.ADMIN) || reader.has(Role.ANALYST) || reader.has(Role.ENTERPRISE)) {
            return null;
        }
        if (reader.has(Role.OFFICIAL) && reader.regionCode() != null) {
            return regions.codesWithin(reader.regionCode());
        }
        return Set.of();
    }

    boolean canRead(AccountPrincipal reader, String regionCode) {
        Set<String> readable = readableRegions(reader);
        return readable == null || readable.contains(regionCode);
    }

    /**
     * The enterprise whose awards alone the reader sees, or {@code null} when it sees every award:
     * an enterprise account that holds no other role.
     */
    Long awardsLimitedTo(AccountPrincipal reader) {
        boolean seesAll = reader.has(Role.ADMIN) || reader.has(Role.ANALYST) || reader.has(Role.OFFICIAL);
        return seesAll ? null : reader.enterpriseId() == null ? -1L : reader.enterpriseId();
    }

    boolean canWrite(AccountPrincipal actor, String regionCode) {
        return actor.has(Role.ADMIN) || actor.has(Role.OFFICIAL) && actor.regionCode() != null
                && regions.isWithin(regionCode, actor.regionCode());
    }

    /**
     * Records {@code error.region.unknown} or {@code error.region.outOfScope} on {@code regionCode}
     * when a program may not be placed there; a missing or malformed code is the details' own error.
     */
    void checkWritableRegion(FieldErrors errors, AccountPrincipal actor, String regionCode) {
        String code = regionCode == null ? null : regionCode.strip();
        if (code == null || !code.matches("[0-9]{6}")) {
            return;
        }
        if (regions.find(code).isEmpty()) {
            errors.add("regionCode", "error.region.unknown", "no region " + code);
        } else if (!canWrite(actor, code)) {
            errors.add("regionCode", "error.region.outOfScope", "region " + code + " is outside your region");
        }
    }

    /** Analysts and enterprises read only: 403. */
    void requireWriter(AccountPrincipal actor) {
        if (!actor.has(Role.ADMIN) && !actor.has(Role.OFFICIAL)) {
            throw new AccessDeniedToRecordException("error.registry.readOnly",
                    "only officials and administrators change programs and award from them");
        }
    }
}
