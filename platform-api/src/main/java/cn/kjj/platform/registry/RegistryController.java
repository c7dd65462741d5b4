package cn.kjj.platform.registry;

import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.audit.ChangeHistory;
import cn.kjj.platform.common.ETags;
import cn.kjj.platform.common.PageQuery;
import cn.kjj.platform.common.PageResponse;
import cn.kjj.platform.spreadsheet.ListExport;
import cn.kjj.platform.spreadsheet.SpreadsheetFormat;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.beans.PropertyChangeEvent;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.beans.TypeMismatchException;
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

/**
 * The JSON API every registry shares: the list (filters, paging, sorting; CSV or XLSX by
 * {@code Accept} or {@code ?format=}), one record with its {@code ETag}, {@code POST} (201 and
 * {@code Location}), {@code PUT} ({@code If-Match}, 412 when stale) and the change history. A
 * registry's controller is a {@code @RestController} with its {@code @RequestMapping} and
 * {@code @Tag} that passes its services and {@link RegistryApi} here; operation ids and the list's
 * parameters come into the OpenAPI document through {@link RegistryOpenApi}. Records are kept, so
 * there is no DELETE.
 */
public abstract class RegistryController<D extends RegistryDetails<D>, V extends RegistryView,
        Q extends RegistryRequest<D>> {

    private final RegistryService<?, D, V> service;
    private final RegistryQueries<?, D, V> queries;
    private final RegistryApi<V> api;
    private final ChangeHistory history;

    protected RegistryController(RegistryService<?, D, V> service, RegistryQueries<?, D, V> queries,
                                 RegistryApi<V> api, ChangeHistory history) {
        this.service = service;
        this.queries = queries;
        this.api = api;
        this.history = history;
    }

    @GetMapping
    public PageResponse<V> list(@AuthenticationPrincipal AccountPrincipal me, HttpServletRequest request,
                                @ParameterObject PageQuery page) {
        return PageResponse.of(queries.search(me, query(request), page.toPageable(defaultSort(), sortable())));
    }

    /** The list as CSV or XLSX: same filters and order, not paged (ListExport). */
    @GetMapping(produces = {SpreadsheetFormat.TEXT_CSV, SpreadsheetFormat.XLSX_MEDIA_TYPE})
    public void export(@AuthenticationPrincipal AccountPrincipal me, @ParameterObject PageQuery page,
                       HttpServletRequest request, HttpServletResponse response) throws IOException {
        RegistryQuery query = query(request);
        ListExport.send(request, response, api.plural().toLowerCase(Locale.ROOT), api.exportColumns(),
                page, defaultSort(), sortable(), pageable -> queries.search(me, query, pageable));
    }

    @GetMapping(params = ListExport.FORMAT)
    public void exportAsAsked(@AuthenticationPrincipal AccountPrincipal me, @ParameterObject PageQuery page,
                              HttpServletRequest request, HttpServletResponse response) throws IOException {
        export(me, page, request, response);
    }

    @GetMapping("/{id}")
    @Operation(description = "ETag carries its version.")
    public ResponseEntity<V> get(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
        V record = queries.get(me, id);
        return ResponseEntity.ok().eTag(ETags.of(record.version())).body(record);
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Created; Location names the new record")
    public ResponseEntity<V> create(@AuthenticationPrincipal AccountPrincipal me, @RequestBody Q request) {
        V created = service.create(me, request.toDetails());
        return ResponseEntity.created(URI.create(api.path() + "/" + created.id()))
                .eTag(ETags.of(created.version())).body(created);
    }

    @PutMapping("/{id}")
    @ApiResponse(responseCode = "412", description = "If-Match does not name the current version")
    public ResponseEntity<V> update(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
            @RequestBody Q request,
            @Parameter(description = "The ETag last read; refused with 412 when the record has changed since")
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Long expected = ETags.expected(ifMatch, () -> queries.get(me, id).version(), queries.registry().entity(), id);
        V updated = service.update(me, id, request.toDetails(), expected);
        return ResponseEntity.ok().eTag(ETags.of(updated.version())).body(updated);
    }

    @GetMapping("/{id}/history")
    @Operation(description = "For officials of the record's region and administrators: it names people.")
    public List<ChangeHistory.Entry> history(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
        return history.of(queries.history(me, id), queries.registry().historyFields());
    }

    RegistryApi<V> api() {
        return api;
    }

    ListQuery listQuery() {
        return queries.registry().list();
    }

    /** The columns a client may sort by: the registry's, its id and when it last changed. */
    Set<String> sortable() {
        Set<String> columns = new LinkedHashSet<>(List.of("id"));
        columns.addAll(listQuery().sortable());
        columns.add("updatedAt");
        return columns;
    }

    private Sort defaultSort() {
        return listQuery().defaultSort();
    }

    /** The list's filters from the request; a value that is none of the filter's is 400. */
    private RegistryQuery query(HttpServletRequest request) {
        RegistryQuery query = RegistryQuery.of(request.getParameter("region"), request.getParameter("q"));
        for (ListFilter filter : listQuery().filters()) {
            String text = request.getParameter(filter.field());
            try {
                query = query.with(filter.field(), filter.parse(text));
            } catch (IllegalArgumentException e) {
                throw new TypeMismatchException(new PropertyChangeEvent(this, filter.field(), null, text),
                        filter.type(), e);
            }
        }
        return query;
    }
}
