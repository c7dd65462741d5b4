package cn.kjj.platform.program;

import cn.kjj.platform.audit.ChangeHistory;
import cn.kjj.platform.common.ETags;
import cn.kjj.platform.common.PageQuery;
import cn.kjj.platform.common.PageResponse;
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
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Policy programs and their awards. Every role reads programs (officials their region's); an
 * enterprise sees only its own awards. Officials in the program's region and administrators
 * create, change and award; an award beyond the remaining budget is 409, also when two arrive at
 * the same moment. Records are kept, so there is no DELETE.
 */
@RestController
@RequestMapping("/api/v1/programs")
@Tag(name = "Programs", description = "Policy programs (subsidies, innovation vouchers, 揭榜挂帅, talent) and awards")
class ProgramController {

    static final Set<String> SORTABLE = Set.of("id", "name", "kind", "regionCode", "year", "budget",
            "awardedTotal", "updatedAt");
    static final Set<String> AWARD_SORTABLE = Set.of("id", "awardedOn", "amount", "createdAt");
    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("year"), Sort.Order.asc("name"));
    static final List<ExportColumn<ProgramView>> EXPORT_COLUMNS = List.of(
            ExportColumn.of("id", ProgramView::id),
            ExportColumn.of("name", ProgramView::name),
            ExportColumn.of("kind", ProgramView::kind),
            ExportColumn.of("regionCode", ProgramView::regionCode),
            ExportColumn.of("year", ProgramView::year),
            ExportColumn.of("budget", ProgramView::budget),
            ExportColumn.of("awardedTotal", ProgramView::awardedTotal),
            ExportColumn.of("remainingBudget", ProgramView::remainingBudget),
            ExportColumn.of("description", ProgramView::description),
            ExportColumn.of("updatedAt", ProgramView::updatedAt),
            ExportColumn.of("version", ProgramView::version));
    private static final Sort DEFAULT_AWARD_SORT = Sort.by(Sort.Order.desc("awardedOn"));

    private final ProgramService service;
    private final ProgramQueries queries;
    private final ChangeHistory history;

    ProgramController(ProgramService service, ProgramQueries queries, ChangeHistory history) {
        this.service = service;
        this.queries = queries;
        this.history = history;
    }

    @GetMapping
    @Operation(operationId = "listPrograms", summary = "List policy programs",
            description = "Within the caller's scope. Sortable by id, name, kind, regionCode, year, budget, "
                    + "awardedTotal, updatedAt.")
    PageResponse<ProgramView> list(@AuthenticationPrincipal AccountPrincipal me,
            @Parameter(description = "Region code; a city includes its districts") @RequestParam(required = false) String region,
            @RequestParam(required = false) ProgramKind kind,
            @RequestParam(required = false) Integer year,
            @Parameter(description = "Text in the name or the description") @RequestParam(required = false) String q,
            @ParameterObject PageQuery page) {
        return PageResponse.of(queries.search(me, new ProgramFilter(region, kind, year, q),
                page.toPageable(DEFAULT_SORT, SORTABLE)));
    }

    /** The list as CSV or XLSX (Accept or ?format=csv|xlsx): same filters and order, not paged (ListExport). */
    @GetMapping(produces = {SpreadsheetFormat.TEXT_CSV, SpreadsheetFormat.XLSX_MEDIA_TYPE})
    void export(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) String region,
                @RequestParam(required = false) ProgramKind kind, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) String q, @ParameterObject PageQuery page, HttpServletRequest request,
                HttpServletResponse response) throws IOException {
        ListExport.send(request, response, "programs", EXPORT_COLUMNS, page, DEFAULT_SORT, SORTABLE,
                pageable -> queries.search(me, new ProgramFilter(region, kind, year, q), pageable));
    }

    @GetMapping(params = ListExport.FORMAT)
    void exportAsAsked(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) String region,
                       @RequestParam(required = false) ProgramKind kind,
                       @RequestParam(required = false) Integer year, @RequestParam(required = false) String q,
                       @ParameterObject PageQuery page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        export(me, region, kind, year, q, page, request, response);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getProgram", summary = "One program with its budget, awarded total and remainder",
            description = "ETag carries its version; every award moves it on.")
    ResponseEntity<ProgramView> get(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
        ProgramView program = queries.get(me, id);
        return ResponseEntity.ok().eTag(ETags.of(program.version())).body(program);
    }

    @PostMapping
    @Operation(operationId = "createProgram", summary = "Create a policy program")
    @ApiResponse(responseCode = "201", description = "Created; Location names the new program")
    ResponseEntity<ProgramView> create(@AuthenticationPrincipal AccountPrincipal me,
                                       @RequestBody ProgramRequest request) {
        ProgramView created = service.create(me, request.toDetails());
        return ResponseEntity.created(URI.create("/api/v1/programs/" + created.id()))
                .eTag(ETags.of(created.version())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(operationId = "updateProgram", summary = "Replace a program's fields",
            description = "The budget cannot drop below what is already awarded (409).")
    @ApiResponse(responseCode = "412", description = "If-Match does not name the current version")
    ResponseEntity<ProgramView> update(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
            @RequestBody ProgramRequest request,
            @Parameter(description = "The ETag last read; refused with 412 when the program has changed since")
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Long expected = null;
        if (ifMatch != null) {
            long current = queries.get(me, id).version();
            ETags.checkIfMatch(ifMatch, current, "program", id);
            expected = current;
        }
        ProgramView updated = service.update(me, id, request.toDetails(), expected);
        return ResponseEntity.ok().eTag(ETags.of(updated.version())).body(updated);
    }

    @GetMapping("/{id}/history")
    @Operation(operationId = "programHistory", summary = "The program's changes and awards, oldest first",
            description = "For officials of the program's region and administrators: it names people.")
    List<ChangeHistory.Entry> history(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
        return history.of(queries.history(me, id), ProgramQueries.HISTORY_FIELDS);
    }

    @GetMapping("/{id}/awards")
    @Operation(operationId = "listAwards", summary = "The program's awards",
            description = "An enterprise sees its own only. Sortable by id, awardedOn, amount, createdAt; "
                    + "newest first by default.")
    PageResponse<AwardView> awards(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                                   @ParameterObject PageQuery page) {
        return PageResponse.of(queries.awards(me, id, page.toPageable(DEFAULT_AWARD_SORT, AWARD_SORTABLE)));
    }

    @PostMapping("/{id}/awards")
    @Operation(operationId = "award", summary = "Award money from the program to an enterprise",
            description = "The enterprise must exist and, for an official, lie in its region.")
    @ApiResponse(responseCode = "201", description = "Booked; the program's awarded total moved on")
    @ApiResponse(responseCode = "409", description = "Beyond the remaining budget (error.program.budgetExceeded)")
    ResponseEntity<AwardView> award(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                                    @RequestBody AwardRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(service.award(me, id, request.toNewAward()));
    }
}
