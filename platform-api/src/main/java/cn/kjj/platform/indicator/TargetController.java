package cn.kjj.platform.indicator;

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
 * Targets (目标任务) per region, indicator and year with the indicator's actual value and the progress
 * towards them. Read by administrators, analysts and officials (their region); set by officials in
 * their region and administrators (docs/indicators.md, "Targets").
 */
@RestController
@RequestMapping("/api/v1/targets")
@Tag(name = "Targets", description = "Published targets per region, indicator and year, with actual and progress")
record TargetController(TargetService service) {

    static final List<ExportColumn<TargetView>> EXPORT_COLUMNS = ExportColumn.ofRecord(TargetView.class, "updatedAt",
            "version");

    @GetMapping
    @Operation(operationId = "listTargets", summary = "Targets of a region and the regions below it, with progress",
            description = "progress = actual / value, cut (not rounded) to 3 places: 0.973 reads 97.3 %, and 1.000 "
                    + "only when reached. A region outside an official's is 404.")
    List<TargetView> list(@AuthenticationPrincipal AccountPrincipal me,
            @Parameter(description = "Region code (required)", example = "440703") @RequestParam(required = false) String region,
            @Parameter(description = "One year; every year when left out", example = "2022")
            @RequestParam(required = false) Integer year) {
        return service.list(me, region, year);
    }

    /** The targets as CSV or XLSX (Accept or ?format=csv|xlsx). */
    @GetMapping(produces = {SpreadsheetFormat.TEXT_CSV, SpreadsheetFormat.XLSX_MEDIA_TYPE})
    void export(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) String region,
                @RequestParam(required = false) Integer year, HttpServletRequest request,
                HttpServletResponse response) throws IOException {
        ListExport.send(request, response, "targets", EXPORT_COLUMNS, service.list(me, region, year));
    }

    @GetMapping(params = ListExport.FORMAT)
    void exportAsAsked(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) String region,
                       @RequestParam(required = false) Integer year, HttpServletRequest request,
                       HttpServletResponse response) throws IOException {
        export(me, region, year, request, response);
    }

    @PutMapping("/{regionCode}/{indicator}/{year}")
    @Operation(operationId = "putTarget", summary = "Set or change the target of a region, indicator and year",
            description = "Indicators with targets: high-tech-enterprises, tech-smes (whole numbers), rd-intensity "
                    + "(a plain fraction below 1), contract-turnover (yuan). Any region (a district or a city) within "
                    + "the official's. The same value and note again change nothing.")
    @ApiResponse(responseCode = "201", description = "Set for the first time")
    @ApiResponse(responseCode = "200", description = "Changed (or unchanged)")
    @ApiResponse(responseCode = "412", description = "If-Match does not name the current version")
    ResponseEntity<TargetView> put(@AuthenticationPrincipal AccountPrincipal me, @PathVariable String regionCode,
            @PathVariable String indicator, @PathVariable int year, @RequestBody TargetRequest request,
            @Parameter(description = "The ETag last read; refused with 412 when the target has changed since")
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Long expected = ETags.expected(ifMatch, () -> service.version(regionCode, indicator, year),
                TargetService.ENTITY, regionCode + "/" + indicator + "/" + year);
        TargetService.Recorded recorded = service.record(me, regionCode, indicator, year, request.value(),
                request.note(), expected);
        return ResponseEntity.status(recorded.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .eTag(ETags.of(recorded.target().version())).body(recorded.target());
    }
}
