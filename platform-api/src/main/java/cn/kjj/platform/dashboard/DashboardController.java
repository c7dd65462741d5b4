package cn.kjj.platform.dashboard;

import cn.kjj.platform.identity.AccountPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The official's dashboard as JSON: the same figures as the portal's {@code /dashboard}. Readers:
 * officials of the region or above, ADMIN, ANALYST (ApiSecurityConfiguration; a region outside an
 * official's scope is 404, see DashboardAccess).
 */
@RestController
@Tag(name = "Dashboard", description = "Tiles with year-on-year change, trends and a comparison of subregions")
record DashboardController(DashboardService service) {

    @GetMapping("/api/v1/dashboard")
    @Operation(operationId = "dashboard", summary = "The dashboard of a region: high-tech stock, R&D intensity,"
            + " turnover of the year so far, contracts awaiting review and overdue (officials and ADMIN only),"
            + " certificates expiring within 180 days, incubation carriers by level, trends, subregions; each"
            + " figure with the previous year's and the exact change (value / previous - 1)")
    Dashboard dashboard(@AuthenticationPrincipal AccountPrincipal me,
                        @Parameter(description = "region code; default: the official's region, else 440700")
                        @RequestParam(required = false) String region,
                        @Parameter(description = "year, 1980 to this year; default: this year")
                        @RequestParam(required = false) Integer year) {
        return service.dashboard(me, region, year);
    }
}
