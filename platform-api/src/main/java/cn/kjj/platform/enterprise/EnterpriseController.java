package cn.kjj.platform.enterprise;

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
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The enterprise registry. Who may call what is in {@code ApiSecurityConfiguration.rules};
 * which enterprises a caller sees is the services' concern (404 outside its scope).
 * Certificates are in {@link CertificationController}.
 */
@RestController
@RequestMapping(EnterpriseController.BASE)
@Tag(name = "Enterprises", description = "Enterprises and their high-tech certificates (高新技术企业认定)")
class EnterpriseController {

    static final String BASE = "/api/v1/enterprises";
    static final String PROBLEM = "#/components/schemas/ProblemDetail";
    static final String PROBLEM_JSON = "application/problem+json";
    static final Set<String> SORTABLE = Set.of("id", "name", "creditCode", "regionCode", "industry", "foundedOn",
            "employees", "createdAt", "updatedAt");
    static final Sort DEFAULT_SORT = Sort.by("name");
    static final List<ExportColumn<EnterpriseSummary>> EXPORT_COLUMNS = List.of(
            ExportColumn.of("id", EnterpriseSummary::id), ExportColumn.of("name", EnterpriseSummary::name),
            ExportColumn.of("creditCode", EnterpriseSummary::creditCode),
            ExportColumn.of("regionCode", EnterpriseSummary::regionCode),
            ExportColumn.of("industry", EnterpriseSummary::industry),
            ExportColumn.of("foundedOn", EnterpriseSummary::foundedOn),
            ExportColumn.of("employees", EnterpriseSummary::employees),
            ExportColumn.of("highTech", EnterpriseSummary::highTech),
            ExportColumn.of("certifiedUntil", EnterpriseSummary::certifiedUntil),
            ExportColumn.of("version", EnterpriseSummary::version));

    private final EnterpriseService service;
    private final EnterpriseQueries queries;
    private final EnterpriseVersions versions;
    private final ChangeHistory history;

    EnterpriseController(EnterpriseService service, EnterpriseQueries queries, EnterpriseVersions versions,
                         ChangeHistory history) {
        this.service = service;
        this.queries = queries;
        this.versions = versions;
        this.history = history;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listEnterprises", summary = "List enterprises in the caller's scope",
            description = """
                    An official sees the enterprises of its region and the regions below, an enterprise account \
                    its own, analysts and administrators all. Sortable by name, creditCode, regionCode, industry, \
                    foundedOn, employees, createdAt, updatedAt, id; by name unless told otherwise.""")
    PageResponse<EnterpriseSummary> list(@AuthenticationPrincipal AccountPrincipal me,
                                         @ParameterObject EnterpriseListParameters parameters,
                                         @ParameterObject PageQuery page) {
        return PageResponse.of(queries.search(me, parameters.toFilter(), page.toPageable(DEFAULT_SORT, SORTABLE)));
    }

    /** The list as CSV or XLSX (Accept or ?format=csv|xlsx): same filters and order, not paged (ListExport). */
    @GetMapping(produces = {SpreadsheetFormat.TEXT_CSV, SpreadsheetFormat.XLSX_MEDIA_TYPE})
    void export(@AuthenticationPrincipal AccountPrincipal me, @ParameterObject EnterpriseListParameters parameters,
                @ParameterObject PageQuery page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        ListExport.send(request, response, "enterprises", EXPORT_COLUMNS, page, DEFAULT_SORT, SORTABLE,
                pageable -> queries.search(me, parameters.toFilter(), pageable));
    }

    @GetMapping(params = ListExport.FORMAT)
    void exportAsAsked(@AuthenticationPrincipal AccountPrincipal me,
                       @ParameterObject EnterpriseListParameters parameters, @ParameterObject PageQuery page,
                       HttpServletRequest request, HttpServletResponse response) throws IOException {
        export(me, parameters, page, request, response);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "createEnterprise", summary = "Enter an enterprise",
            description = "OFFICIAL for a district of its region, or ADMIN. Every wrong field is listed at once (400).")
    @ApiResponse(responseCode = "201", description = "Created; Location names it, ETag carries its version")
    @ApiResponse(responseCode = "409", description = "The credit code is already registered",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    ResponseEntity<EnterpriseView> create(@AuthenticationPrincipal AccountPrincipal me,
                                          @RequestBody EnterpriseRequest request) {
        EnterpriseView created = service.create(me, request.toDetails());
        return ResponseEntity.created(URI.create(BASE + "/" + created.id()))
                .eTag(ETags.of(created.version()))
                .body(created);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getEnterprise", summary = "One enterprise",
            description = "ETag carries its version; highTech says whether a certificate is in force today.")
    @ApiResponse(responseCode = "404", description = "No such enterprise, or outside the caller's scope",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    ResponseEntity<EnterpriseView> get(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
        return withETag(queries.get(me, id));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "updateEnterprise", summary = "Replace an enterprise's record",
            description = "OFFICIAL of its region (the new region too must be within it), or ADMIN.")
    @ApiResponse(responseCode = "409", description = "The new credit code belongs to another enterprise",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    @ApiResponse(responseCode = "412", description = "If-Match does not name the current version",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    ResponseEntity<EnterpriseView> update(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
            @RequestBody EnterpriseRequest request,
            @Parameter(description = "The ETag last read; 412 when the enterprise has changed since")
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Long expected = versions.enterprise(me, id, ifMatch);
        return withETag(service.update(me, id, request.toDetails(), expected));
    }

    @GetMapping("/{id}/history")
    @Operation(operationId = "enterpriseHistory", summary = "The changes of an enterprise and its certificates",
            description = """
                    Oldest first: who, when, which action, the state before and after, and the fields that \
                    changed. Not for analysts: the history names people.""")
    List<ChangeHistory.Entry> history(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
        return history.of(queries.history(me, id), EnterpriseQueries.HISTORY_FIELDS);
    }

    static ResponseEntity<EnterpriseView> withETag(EnterpriseView enterprise) {
        return ResponseEntity.ok().eTag(ETags.of(enterprise.version())).body(enterprise);
    }
}
