package cn.kjj.platform.statistics;

import cn.kjj.platform.common.ETags;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.spreadsheet.ExportColumn;
import cn.kjj.platform.spreadsheet.ListExport;
import cn.kjj.platform.spreadsheet.SpreadsheetFormat;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * GDP and R&D expenditure by district and year, from the statistics bureau. Read by
 * administrators, analysts and officials (their region); recorded by officials for the districts
 * of their region and by administrators. A revision keeps the figures it replaces.
 */
@RestController
@RequestMapping("/api/v1/statistics/regional")
@Tag(name = "Statistics", description = "Regional statistics: GDP and R&D expenditure per district and year")
record StatisticsController(StatisticsService service, StatisticsQueries queries) {

    static final List<ExportColumn<StatisticView>> EXPORT_COLUMNS = ExportColumn.ofRecord(StatisticView.class,
            "updatedBy");

    @GetMapping
    @Operation(operationId = "listRegionalStatistics", summary = "Figures per district and year at or below a region",
            description = "One row per district and year that has figures, by district then year. Without region: "
                    + "an official's own region, everything for administrators and analysts.")
    List<StatisticView> list(@AuthenticationPrincipal AccountPrincipal me,
            @Parameter(description = "Region code; a city or province covers its districts", example = "440700")
            @RequestParam(required = false) String region,
            @Parameter(description = "First year, 1980 or later", example = "2020") @RequestParam(required = false) Integer from,
            @Parameter(description = "Last year, next year at the latest", example = "2023") @RequestParam(required = false) Integer to) {
        return queries.rows(me, region, from, to);
    }

    /** The rows as CSV or XLSX (Accept or ?format=csv|xlsx), same filters and order (ListExport). */
    @GetMapping(produces = {SpreadsheetFormat.TEXT_CSV, SpreadsheetFormat.XLSX_MEDIA_TYPE})
    void export(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) String region,
                @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
                HttpServletRequest request, HttpServletResponse response) throws IOException {
        ListExport.send(request, response, "regional-statistics", EXPORT_COLUMNS, queries.rows(me, region, from, to));
    }

    @GetMapping(params = ListExport.FORMAT)
    void exportAsAsked(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) String region,
                       @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
                       HttpServletRequest request, HttpServletResponse response) throws IOException {
        export(me, region, from, to, request, response);
    }

    @GetMapping("/{regionCode}/{year}")
    @Operation(operationId = "getRegionalStatistic", summary = "The current figures of a district and year",
            description = "ETag carries their version.")
    ResponseEntity<StatisticView> get(@AuthenticationPrincipal AccountPrincipal me, @PathVariable String regionCode,
                                      @PathVariable int year) {
        StatisticView statistic = queries.get(me, regionCode, year);
        return ResponseEntity.ok().eTag(ETags.of(statistic.version())).body(statistic);
    }

    @PutMapping("/{regionCode}/{year}")
    @Operation(operationId = "putRegionalStatistic", summary = "Record or revise the figures of a district and year",
            description = "A city or a province is 400 (its figures are the sums of its districts'); an unknown "
                    + "region 404. A revision keeps the earlier figures; the same figures again change nothing.")
    @ApiResponse(responseCode = "201", description = "Recorded for the first time")
    @ApiResponse(responseCode = "200", description = "Revised (or unchanged)")
    @ApiResponse(responseCode = "412", description = "If-Match does not name the current version")
    ResponseEntity<StatisticView> put(@AuthenticationPrincipal AccountPrincipal me, @PathVariable String regionCode,
            @PathVariable int year, @RequestBody StatisticRequest request,
            @Parameter(description = "The ETag last read; refused with 412 when the figures have changed since")
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Long expected = ETags.expected(ifMatch, () -> queries.get(me, regionCode, year).version(),
                StatisticsService.ENTITY, regionCode + "/" + year);
        RecordedStatistic recorded = service.record(me, regionCode, year, request.toFigures(), expected);
        return ResponseEntity.status(recorded.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .eTag(ETags.of(recorded.statistic().version())).body(recorded.statistic());
    }

    @GetMapping("/{regionCode}/{year}/revisions")
    @Operation(operationId = "listRegionalStatisticRevisions", summary = "Every value recorded for a district and year",
            description = "Oldest first, the current figures last, each with its source, when and by whom.")
    List<StatisticRevisionView> revisions(@AuthenticationPrincipal AccountPrincipal me,
                                          @PathVariable String regionCode, @PathVariable int year) {
        return queries.revisions(me, regionCode, year);
    }
}
