package cn.kjj.platform.enterprise;

import cn.kjj.platform.audit.RecordChange;
import cn.kjj.platform.common.ETags;
import cn.kjj.platform.common.PageQuery;
import cn.kjj.platform.common.PageResponse;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.spreadsheet.ExportColumn;
import cn.kjj.platform.spreadsheet.ListExport;
import cn.kjj.platform.spreadsheet.SpreadsheetFormat;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * High-tech applications per batch year: the enterprise (or an official for it) applies, the
 * district recommends or returns, the city records the result; a pass enters the certificate.
 */
@RestController
@RequestMapping(HighTechApplicationController.BASE)
@Tag(name = "High-tech recognition")
class HighTechApplicationController {

    static final String BASE = "/api/v1/high-tech-applications";
    static final Set<String> SORTABLE = Set.of("id", "batchYear", "status", "submittedOn", "regionCode");
    static final Sort DEFAULT_SORT = Sort.by(Sort.Direction.DESC, "id");
    /** The list's columns in a file: the application without its conditions (those are judged per page). */
    static final List<ExportColumn<HighTechApplicationView>> EXPORT_COLUMNS =
            ExportColumn.ofRecord(HighTechApplicationView.class, "criteria");
    private static final String PROBLEM = EnterpriseController.PROBLEM;
    private static final String PROBLEM_JSON = EnterpriseController.PROBLEM_JSON;

    private final HighTechApplicationService service;
    private final HighTechCandidates candidates;

    HighTechApplicationController(HighTechApplicationService service, HighTechCandidates candidates) {
        this.service = service;
        this.candidates = candidates;
    }

    @Schema(name = "HighTechApplicationRequest")
    record ApplicationRequest(@Schema(example = "1001", requiredMode = Schema.RequiredMode.REQUIRED) Long enterpriseId,
                              @Schema(description = "Default this year", example = "2025") Integer batchYear) {
    }

    @Schema(name = "HighTechRecommendation")
    record Recommendation(@Schema(description = "The experts' innovation score, 0 to 100", example = "78.5")
                          BigDecimal innovationScore) {
    }

    @Schema(name = "HighTechReturn")
    record GiveBack(@Schema(example = "研发费用专项审计报告缺失", requiredMode = Schema.RequiredMode.REQUIRED)
                    String reason) {
    }

    @Schema(name = "HighTechResult")
    record ResultRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Boolean passed,
                         @Schema(description = "When passed", example = "GR202544001234") String certificateNo,
                         @Schema(description = "When passed; default today") LocalDate issuedOn,
                         @Schema(description = "Required when not passed") String reason) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "applyHighTech", summary = "Apply for high-tech recognition in a batch year",
            description = "The enterprise for itself, or an official of its region. The answer carries the "
                    + "conditions judged from the figures of the three years before the batch year (met null "
                    + "where figures are missing).")
    @ApiResponse(responseCode = "201", description = "Submitted; Location names it")
    @ApiResponse(responseCode = "409", description = "The enterprise has already applied in this batch year",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    ResponseEntity<HighTechApplicationView> apply(@AuthenticationPrincipal AccountPrincipal me,
                                                  @RequestBody ApplicationRequest request) {
        if (request.enterpriseId() == null) {
            throw cn.kjj.platform.common.InvalidInputException.forField("enterpriseId", "error.field.required",
                    "is required");
        }
        HighTechApplicationView created = service.apply(me, request.enterpriseId(), request.batchYear());
        return ResponseEntity.created(URI.create(BASE + "/" + created.id())).eTag(ETags.of(created.version()))
                .body(created);
    }

    @GetMapping
    @Operation(operationId = "listHighTechApplications", summary = "Applications in the caller's scope",
            description = "Officials their region's (and below), an enterprise its own; filtered by region, batch "
                    + "year and status; sortable by id, batchYear, status, submittedOn, regionCode.")
    PageResponse<HighTechApplicationView> list(@AuthenticationPrincipal AccountPrincipal me,
            @Parameter(description = "Region code: enterprises there or below", example = "440704")
            @RequestParam(required = false) String region,
            @Parameter(example = "2025") @RequestParam(required = false) Integer batchYear,
            @RequestParam(required = false) HighTechApplicationStatus status, @ParameterObject PageQuery page) {
        return PageResponse.of(service.search(me, region, batchYear, status,
                page.toPageable(DEFAULT_SORT, SORTABLE)));
    }

    /** The list as CSV or XLSX (Accept or ?format=csv|xlsx): same filters and order, not paged (ListExport). */
    @GetMapping(produces = {SpreadsheetFormat.TEXT_CSV, SpreadsheetFormat.XLSX_MEDIA_TYPE})
    void export(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) String region,
                @RequestParam(required = false) Integer batchYear,
                @RequestParam(required = false) HighTechApplicationStatus status, @ParameterObject PageQuery page,
                HttpServletRequest request, HttpServletResponse response) throws IOException {
        ListExport.send(request, response, "high-tech-applications", EXPORT_COLUMNS, page, DEFAULT_SORT, SORTABLE,
                pageable -> service.search(me, region, batchYear, status, pageable));
    }

    @GetMapping(params = ListExport.FORMAT)
    void exportAsAsked(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) String region,
                       @RequestParam(required = false) Integer batchYear,
                       @RequestParam(required = false) HighTechApplicationStatus status,
                       @ParameterObject PageQuery page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        export(me, region, batchYear, status, page, request, response);
    }

    @GetMapping("/candidates")
    @Operation(operationId = "highTechCandidates", summary = "Enterprises not yet high-tech that (nearly) meet the conditions",
            description = "Enterprises of the caller's scope without a certificate in force today, with figures of "
                    + "the year before the batch year, failing at most platform.high-tech.candidates-max-not-met (2) of the conditions judged from their figures; "
                    + "fewest failed first, then fewest unknown. Officials, analysts, administrators.")
    List<HighTechCandidate> candidates(@AuthenticationPrincipal AccountPrincipal me,
            @Parameter(description = "Region code", example = "440704") @RequestParam(required = false) String region,
            @Parameter(description = "Batch year (default this year)") @RequestParam(required = false) Integer batchYear,
            @Parameter(description = "At most this many, 1 to 500") @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 500) {
            throw cn.kjj.platform.common.InvalidInputException.forField("limit", "error.indicator.size",
                    "must be between 1 and 500");
        }
        return candidates.candidates(me, region, batchYear, limit);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getHighTechApplication", summary = "One application with its conditions")
    ResponseEntity<HighTechApplicationView> get(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
        return withETag(service.get(me, id));
    }

    @PostMapping("/{id}/recommend")
    @Operation(operationId = "recommendHighTechApplication", summary = "The district recommends the application",
            description = "An official of the enterprise's district (or an administrator), with the innovation score.")
    @ApiResponse(responseCode = "409", description = "Not submitted (already recommended, returned or decided)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    ResponseEntity<HighTechApplicationView> recommend(@AuthenticationPrincipal AccountPrincipal me,
            @PathVariable long id, @RequestBody(required = false) Recommendation body) {
        return withETag(service.recommend(me, id, body == null ? null : body.innovationScore()));
    }

    @PostMapping("/{id}/return")
    @Operation(operationId = "returnHighTechApplication", summary = "The district returns the application",
            description = "An official of the enterprise's district (or an administrator), with a reason.")
    @ApiResponse(responseCode = "409", description = "Not submitted",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    ResponseEntity<HighTechApplicationView> giveBack(@AuthenticationPrincipal AccountPrincipal me,
                                                     @PathVariable long id, @RequestBody GiveBack body) {
        return withETag(service.giveBack(me, id, body.reason()));
    }

    @PostMapping("/{id}/result")
    @Operation(operationId = "recordHighTechResult", summary = "The city records the result",
            description = "An official of the city (or an administrator). passed: the certificate is entered "
                    + "(INITIAL, or RENEWAL when the enterprise holds one) in the same transaction; failed: a reason.")
    @ApiResponse(responseCode = "409", description = "The application was never recommended, or the certificate "
            + "clashes with the enterprise's others",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    ResponseEntity<HighTechApplicationView> result(@AuthenticationPrincipal AccountPrincipal me,
                                                   @PathVariable long id, @RequestBody ResultRequest body) {
        return withETag(service.result(me, id, new HighTechApplicationService.Result(body.passed(),
                body.certificateNo(), body.issuedOn(), body.reason())));
    }

    @GetMapping("/{id}/history")
    @Operation(operationId = "highTechApplicationHistory", summary = "The application's steps, oldest first")
    List<RecordChange> history(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
        return service.history(me, id);
    }

    private static ResponseEntity<HighTechApplicationView> withETag(HighTechApplicationView view) {
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
    }
}
