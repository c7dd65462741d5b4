package cn.kjj.platform.lab;

import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.Role;
import cn.kjj.platform.region.RegionDirectory;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who may see and change R&D platforms. Administrators and analysts read every region,
 * officials their own region and the regions below it; enterprises none. Administrators and
 * officials (within their region) write; a platform outside the reader's scope is "not found".
 */
@Component
class LabAccess {

    private final RegionDirectory regions;

    LabAccess(RegionDirectory regions) {
        this.regions = regions;
    }

    /** The region codes whose platforms the reader sees, or {@code null} for every region. */
    Set<String> readableRegions(AccountPrincipal reader) {
        if (reader.has(Role.ADMIN) || reader.has(Role.ANALYST)) {
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

    boolean canWrite(AccountPrincipal actor, String regionCode) {
        return actor.has(Role.ADMIN) || actor.has(Role.OFFICIAL) && actor.regionCode() != null
                && regions.isWithin(regionCode, actor.regionCode());
    }

    /**
     * Records {@code error.region.unknown} or {@code error.region.outOfScope} on {@code regionCode}
     * when a platform may not be placed there; a missing or malformed code is the details' own error.
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

    /** Whether an official may name this enterprise (of that region) as a host: only within its own region. */
    boolean mayUseEnterprise(AccountPrincipal actor, String enterpriseRegionCode) {
        return canWrite(actor, enterpriseRegionCode);
    }

    /** Analysts and enterprises read only: 403. */
    void requireWriter(AccountPrincipal actor) {
        if (!actor.has(Role.ADMIN) && !actor.has(Role.OFFICIAL)) {
            throw new AccessDeniedToRecordException("error.registry.readOnly",
                    "only officials and administrators change R&D platforms");
        }
    }
}
