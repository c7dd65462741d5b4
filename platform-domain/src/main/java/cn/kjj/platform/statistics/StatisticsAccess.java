package cn.kjj.platform.statistics;

import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.Role;
import cn.kjj.platform.region.RegionDirectory;
import org.springframework.stereotype.Component;

/**
 * Who may see and record regional statistics. Administrators and analysts read every region,
 * officials their own region and the regions below it; enterprises none. Administrators and
 * officials (within their region) record figures. A region outside an official's scope is
 * "not found" to it.
 */
@Component
class StatisticsAccess {

    private final RegionDirectory regions;

    StatisticsAccess(RegionDirectory regions) {
        this.regions = regions;
    }

    /** The region the reader's view is bounded by, or {@code null} for every region. */
    String scopeOf(AccountPrincipal reader) {
        if (reader.has(Role.ADMIN) || reader.has(Role.ANALYST)) {
            return null;
        }
        if (reader.has(Role.OFFICIAL) && reader.regionCode() != null) {
            return reader.regionCode();
        }
        throw new AccessDeniedToRecordException("error.access.denied", "regional statistics are not for this role");
    }

    /** {@code regionCode} if the reader may see it, else 404. */
    String requireReadable(AccountPrincipal reader, String regionCode) {
        String scope = scopeOf(reader);
        if (scope != null && !regions.isWithin(regionCode, scope)) {
            throw outOfScope(regionCode);
        }
        return regionCode;
    }

    void requireWritable(AccountPrincipal actor, String regionCode) {
        if (!actor.has(Role.ADMIN) && !actor.has(Role.OFFICIAL)) {
            throw new AccessDeniedToRecordException("error.registry.readOnly",
                    "only officials and administrators record statistics");
        }
        if (!actor.has(Role.ADMIN)
                && (actor.regionCode() == null || !regions.isWithin(regionCode, actor.regionCode()))) {
            throw outOfScope(regionCode);
        }
    }

    private static NotFoundException outOfScope(String regionCode) {
        return new NotFoundException("error.statistics.regionOutOfScope",
                "region " + regionCode + " is outside your region", regionCode);
    }
}
