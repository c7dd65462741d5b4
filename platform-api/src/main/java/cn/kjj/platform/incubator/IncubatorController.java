package cn.kjj.platform.incubator;

import cn.kjj.platform.audit.ChangeHistory;
import cn.kjj.platform.common.ETags;
import cn.kjj.platform.common.PageQuery;
import cn.kjj.platform.common.PageResponse;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.region.RecognitionLevel;
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
 * Incubation carriers (孵化载体). Read by administrators, analysts and officials (their region);
 * written by officials in their region and administrators. Records are kept, so there is no DELETE.
 */
@RestController
@RequestMapping("/api/v1/incubators")
@Tag(name = "Incubators", description = "Incubation carriers: incubators, makerspaces, accelerators, science parks")
class IncubatorController {

    static final Set<String> SORTABLE = Set.of("id", "name", "kind", "level", "regionCode", "areaSqm",
            "tenantCount", "graduatedCount", "recognizedOn", "updatedAt");
    private static final Sort DEFAULT_SORT = Sort.by("name");
    static final List<ExportColumn<IncubatorView>> EXPORT_COLUMNS = List.of(
            ExportColumn.of("id", IncubatorView::id),
            ExportColumn.of("name", IncubatorView::name),
            ExportColumn.of("kind", IncubatorView::kind),
            ExportColumn.of("level", IncubatorView::level),
            ExportColumn.of("regionCode", IncubatorView::regionCode),
            ExportColumn.of("operator", IncubatorView::operator),
            ExportColumn.of("areaSqm", IncubatorView::areaSqm),
            ExportColumn.of("tenantCount", IncubatorView::tenantCount),
            ExportColumn.of("graduatedCount", IncubatorView::graduatedCount),
            ExportColumn.of("recognizedOn", IncubatorView::recognizedOn),
            ExportColumn.of("updatedAt", IncubatorView::updatedAt),
            ExportColumn.of("version", IncubatorView::version));

    private final IncubatorService service;
    private final IncubatorQueries queries;
    private final ChangeHistory history;

    IncubatorController(IncubatorService service, IncubatorQueries queries, ChangeHistory history) {
        this.service = service;
        this.queries = queries;
        this.history = history;
    }

    @GetMapping
    @Operation(operationId = "listIncubators", summary = "List incubation carriers",
            description = "Within the caller's scope. Sortable by id, name, kind, level, regionCode, areaSqm, "
                    + "tenantCount, graduatedCount, recognizedOn, updatedAt.")
    PageResponse<IncubatorView> list(@AuthenticationPrincipal AccountPrincipal me,
            @Parameter(description = "Region code; a city includes its districts") @RequestParam(required = false) String region,
            @RequestParam(required = false) IncubatorKind kind,
            @RequestParam(required = false) RecognitionLevel level,
            @Parameter(description = "Text in the name or the operator") @RequestParam(required = false) String q,
            @ParameterObject PageQuery page) {
        return PageResponse.of(queries.search(me, new IncubatorFilter(region, kind, level, q),
                page.toPageable(DEFAULT_SORT, SORTABLE)));
    }

    /** The list as CSV or XLSX (Accept or ?format=csv|xlsx): same filters and order, not paged (ListExport). */
    @GetMapping(produces = {SpreadsheetFormat.TEXT_CSV, SpreadsheetFormat.XLSX_MEDIA_TYPE})
    void export(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) String region,
                @RequestParam(required = false) IncubatorKind kind, @RequestParam(required = false) RecognitionLevel level,
                @RequestParam(required = false) String q, @ParameterObject PageQuery page, HttpServletRequest request,
                HttpServletResponse response) throws IOException {
        ListExport.send(request, response, "incubators", EXPORT_COLUMNS, page, DEFAULT_SORT, SORTABLE,
                pageable -> queries.search(me, new IncubatorFilter(region, kind, level, q), pageable));
    }

    @GetMapping(params = ListExport.FORMAT)
    void exportAsAsked(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) String region,
                       @RequestParam(required = false) IncubatorKind kind,
                       @RequestParam(required = false) RecognitionLevel level, @RequestParam(required = false) String q,
                       @ParameterObject PageQuery page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        export(me, region, kind, level, q, page, request, response);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getIncubator", summary = "One incubation carrier", description = "ETag carries its version.")
    ResponseEntity<IncubatorView> get(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
        IncubatorView incubator = queries.get(me, id);
        return ResponseEntity.ok().eTag(ETags.of(incubator.version())).body(incubator);
    }

    @PostMapping
    @Operation(operationId = "createIncubator", summary = "Register an incubation carrier")
    @ApiResponse(responseCode = "201", description = "Created; Location names the new carrier")
    ResponseEntity<IncubatorView> create(@AuthenticationPrincipal AccountPrincipal me,
                                         @RequestBody IncubatorRequest request) {
        IncubatorView created = service.create(me, request.toDetails());
        return ResponseEntity.created(URI.create("/api/v1/incubators/" + created.id()))
                .eTag(ETags.of(created.version())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(operationId = "updateIncubator", summary = "Replace an incubation carrier's fields")
    @ApiResponse(responseCode = "412", description = "If-Match does not name the current version")
    ResponseEntity<IncubatorView> update(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
            @RequestBody IncubatorRequest request,
            @Parameter(description = "The ETag last read; refused with 412 when the carrier has changed since")
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Long expected = null;
        if (ifMatch != null) {
            long current = queries.get(me, id).version();
            ETags.checkIfMatch(ifMatch, current, "incubator", id);
            expected = current;
        }
        IncubatorView updated = service.update(me, id, request.toDetails(), expected);
        return ResponseEntity.ok().eTag(ETags.of(updated.version())).body(updated);
    }

    @GetMapping("/{id}/history")
    @Operation(operationId = "incubatorHistory", summary = "The carrier's changes, oldest first",
            description = "For officials of the carrier's region and administrators: it names people.")
    List<ChangeHistory.Entry> history(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
        return history.of(queries.history(me, id), IncubatorQueries.HISTORY_FIELDS);
    }
}
