package cn.kjj.platform.dashboard;

import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.Role;
import cn.kjj.platform.region.RegionDirectory;
import cn.kjj.platform.region.RegionLevel;
import cn.kjj.platform.region.RegionScope;
import cn.kjj.platform.region.RegionView;
import org.springframework.stereotype.Component;

/**
 * Whose dashboard and annual report a reader may open (decision 0018).
 * <ul>
 * <li>OFFICIAL: its own region and the regions below it (a city official also each of its
 *     districts); any other region is "not found" (404), like every record outside a scope.
 *     Default: its own region.</li>
 * <li>ADMIN and ANALYST: every region, read only. Default: the city {@value #DEFAULT_REGION}, or the
 *     first province when that city is not in the hierarchy.</li>
 * <li>ENTERPRISE (and any other role): forbidden (403).</li>
 * </ul>
 */
@Component
public record DashboardAccess(RegionDirectory regions, RegionScope scope) {

    public static final String DEFAULT_REGION = "440700";

    /** Whether the reader's roles open dashboards at all. */
    public static boolean mayRead(AccountPrincipal reader) {
        return reader.has(Role.ADMIN) || reader.has(Role.ANALYST) || reader.has(Role.OFFICIAL);
    }

    /** The region asked for (or the reader's default), if the reader may see it: else 403 or 404. */
    public RegionView region(AccountPrincipal reader, String requested) {
        if (!mayRead(reader)) {
            throw new AccessDeniedToRecordException("error.access.denied", "dashboards are not for your role");
        }
        String code = requested == null || requested.isBlank() ? defaultRegion(reader) : requested.strip();
        RegionView region = regions.require(code);
        if (!scope.canRead(reader, code)) {
            throw new NotFoundException("error.region.notFound", "Region " + code + " not found", code);
        }
        return region;
    }

    /** The region a reader's dashboard opens on. */
    public String defaultRegion(AccountPrincipal reader) {
        if (!seesEverything(reader) && reader.regionCode() != null) {
            return reader.regionCode();
        }
        if (regions.find(DEFAULT_REGION).isPresent()) {
            return DEFAULT_REGION;
        }
        return regions.all().stream().filter(r -> r.level() == RegionLevel.PROVINCE).map(RegionView::code)
                .findFirst().orElse(DEFAULT_REGION);
    }

    /** Whether the reader may see contracts awaiting review (the queue is the officials' work). */
    public static boolean seesReviewQueue(AccountPrincipal reader) {
        return reader.has(Role.ADMIN) || reader.has(Role.OFFICIAL);
    }

    private static boolean seesEverything(AccountPrincipal reader) {
        return reader.has(Role.ADMIN) || reader.has(Role.ANALYST);
    }
}
