package cn.kjj.platform.enterprise;

import cn.kjj.platform.identity.AccountPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** High-tech enterprises' annual reports (due by 31 May of the next year) and who has not filed them. */
@RestController
@Tag(name = "High-tech recognition")
record HighTechReportController(HighTechReportService service) {

    @PutMapping(EnterpriseController.BASE + "/{id}/high-tech-reports/{year}")
    @Operation(operationId = "fileHighTechReport", summary = "File the high-tech annual report of a year",
            description = "The enterprise itself, from its annual figures of that year; filing again answers the "
                    + "report filed. inTime: filed by 31 May of the next year.")
    @ApiResponse(responseCode = "409", description = "No annual figures of that year, or no certificate in force "
            + "that year", content = @Content(mediaType = EnterpriseController.PROBLEM_JSON,
            schema = @Schema(ref = EnterpriseController.PROBLEM)))
    HighTechReportService.FiledReport file(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                                           @PathVariable int year) {
        return service.file(me, id, year);
    }

    @GetMapping("/api/v1/certifications/missing-reports")
    @Operation(operationId = "missingHighTechReports", summary = "High-tech enterprises that have not reported",
            description = "Enterprises of the caller's scope with a certificate in force during year whose report of "
                    + "year was not filed by 31 May of year + 1; missedTwoYears when the year before is missing too.")
    List<MissingReport> missing(@AuthenticationPrincipal AccountPrincipal me,
            @Parameter(description = "Region code", example = "440704") @RequestParam(required = false) String region,
            @Parameter(description = "The year reported on (default: last year)", example = "2024")
            @RequestParam(required = false) Integer year) {
        return service.missing(me, region, year == null ? service.lastYear() : year);
    }
}
