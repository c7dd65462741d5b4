package cn.kjj.platform.lab;

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
 * R&D platforms (研发平台). Read by administrators, analysts and officials (their region);
 * written by officials in their region and administrators. Records are kept, so there is no DELETE.
 */
@RestController
@RequestMapping("/api/v1/labs")
@Tag(name = "R&D platforms", description = "Key laboratories, engineering technology research centres, workstations")
class LabController {

    static final Set<String> SORTABLE = Set.of("id", "name", "kind", "level", "regionCode", "hostInstitution",
            "recognizedOn", "updatedAt");
    private static final Sort DEFAULT_SORT = Sort.by("name");
    static final List<ExportColumn<LabView>> EXPORT_COLUMNS = List.of(
            ExportColumn.of("id", LabView::id),
            ExportColumn.of("name", LabView::name),
            ExportColumn.of("kind", LabView::kind),
            ExportColumn.of("level", LabView::level),
            ExportColumn.of("regionCode", LabView::regionCode),
            ExportColumn.of("hostEnterpriseId", LabView::hostEnterpriseId),
            ExportColumn.of("hostEnterpriseName", LabView::hostEnterpriseName),
            ExportColumn.of("hostEnterpriseCreditCode", LabView::hostEnterpriseCreditCode),
            ExportColumn.of("hostInstitution", LabView::hostInstitution),
            ExportColumn.of("recognizedOn", LabView::recognizedOn),
            ExportColumn.of("updatedAt", LabView::updatedAt),
            ExportColumn.of("version", LabView::version));

    private final LabService service;
    private final LabQueries queries;
    private final ChangeHistory history;

    LabController(LabService service, LabQueries queries, ChangeHistory history) {
        this.service = service;
        this.queries = queries;
        this.history = history;
    }

    @GetMapping
    @Operation(operationId = "listLabs", summary = "List R&D platforms",
            description = "Within the caller's scope. Sortable by id, name, kind, level, regionCode, "
                    + "hostInstitution, recognizedOn, updatedAt.")
    PageResponse<LabView> list(@AuthenticationPrincipal AccountPrincipal me,
            @Parameter(description = "Region code; a city includes its districts") @RequestParam(required = false) String region,
            @RequestParam(required = false) LabKind kind,
            @RequestParam(required = false) RecognitionLevel level,
            @Parameter(description = "Text in the name or the host institution") @RequestParam(required = false) String q,
            @ParameterObject PageQuery page) {
        return PageResponse.of(queries.search(me, new LabFilter(region, kind, level, q),
                page.toPageable(DEFAULT_SORT, SORTABLE)));
    }

    /** The list as CSV or XLSX (Accept or ?format=csv|xlsx): same filters and order, not paged (ListExport). */
    @GetMapping(produces = {SpreadsheetFormat.TEXT_CSV, SpreadsheetFormat.XLSX_MEDIA_TYPE})
    void export(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) String region,
                @RequestParam(required = false) LabKind kind, @RequestParam(required = false) RecognitionLevel level,
                @RequestParam(required = false) String q, @ParameterObject PageQuery page, HttpServletRequest request,
                HttpServletResponse response) throws IOException {
        ListExport.send(request, response, "labs", EXPORT_COLUMNS, page, DEFAULT_SORT, SORTABLE,
                pageable -> queries.search(me, new LabFilter(region, kind, level, q), pageable));
    }

    @GetMapping(params = ListExport.FORMAT)
    void exportAsAsked(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) String region,
                       @RequestParam(required = false) LabKind kind,
                       @RequestParam(required = false) RecognitionLevel level, @RequestParam(required = false) String q,
                       @ParameterObject PageQuery page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        export(me, region, kind, level, q, page, request, response);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getLab", summary = "One R&D platform", description = "ETag carries its version.")
    ResponseEntity<LabView> get(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
        LabView lab = queries.get(me, id);
        return ResponseEntity.ok().eTag(ETags.of(lab.version())).body(lab);
    }

    @PostMapping
    @Operation(operationId = "createLab", summary = "Register an R&D platform")
    @ApiResponse(responseCode = "201", description = "Created; Location names the new platform")
    ResponseEntity<LabView> create(@AuthenticationPrincipal AccountPrincipal me,
                                         @RequestBody LabRequest request) {
        LabView created = service.create(me, request.toDetails());
        return ResponseEntity.created(URI.create("/api/v1/labs/" + created.id()))
                .eTag(ETags.of(created.version())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(operationId = "updateLab", summary = "Replace an R&D platform's fields")
    @ApiResponse(responseCode = "412", description = "If-Match does not name the current version")
    ResponseEntity<LabView> update(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
            @RequestBody LabRequest request,
            @Parameter(description = "The ETag last read; refused with 412 when the platform has changed since")
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Long expected = null;
        if (ifMatch != null) {
            long current = queries.get(me, id).version();
            ETags.checkIfMatch(ifMatch, current, "lab", id);
            expected = current;
        }
        LabView updated = service.update(me, id, request.toDetails(), expected);
        return ResponseEntity.ok().eTag(ETags.of(updated.version())).body(updated);
    }

    @GetMapping("/{id}/history")
    @Operation(operationId = "labHistory", summary = "The platform's changes, oldest first",
            description = "For officials of the platform's region and administrators: it names people.")
    List<ChangeHistory.Entry> history(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
        return history.of(queries.history(me, id), LabQueries.HISTORY_FIELDS);
    }
}
