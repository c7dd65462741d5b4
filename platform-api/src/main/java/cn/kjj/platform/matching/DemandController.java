package cn.kjj.platform.matching;

import cn.kjj.platform.audit.ChangeHistory;
import cn.kjj.platform.common.ETags;
import cn.kjj.platform.common.PageQuery;
import cn.kjj.platform.common.PageResponse;
import cn.kjj.platform.identity.AccountPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import cn.kjj.platform.spreadsheet.ExportColumn;
import cn.kjj.platform.spreadsheet.ListExport;
import cn.kjj.platform.spreadsheet.SpreadsheetFormat;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * Enterprises' technology needs: an enterprise publishes, corrects and closes its own (another's is
 * 404); officials read their region's, administrators and analysts every region's.
 */
@RestController
@RequestMapping(DemandController.BASE)
@Tag(name = "Demands", description = "Enterprises' technology needs (技术需求) and the achievements that match them")
class DemandController {

    private final DemandService service;
    private final DemandQueries queries;
    private final Matching matching;
    private final ChangeHistory history;

    DemandController(DemandService service, DemandQueries queries, Matching matching, ChangeHistory history) {
        this.service = service;
        this.queries = queries;
        this.matching = matching;
        this.history = history;
    }

    static final String BASE = "/api/v1/demands";
    static final List<ExportColumn<DemandView>> EXPORT_COLUMNS = ExportColumn.ofRecord(DemandView.class, "editable");

    @GetMapping
    @Operation(operationId = "listDemands", summary = "List demands",
            description = "q: every word (segmented Chinese) must occur in the title or summary; best match "
                    + "first, else as sorted (publishedOn, deadline, budget, title), else newest first. An "
                    + "enterprise sees its own only. Also as CSV or XLSX (Accept: text/csv or ?format=csv|xlsx).")
    PageResponse<DemandView> list(@AuthenticationPrincipal AccountPrincipal me,
                                  @ParameterObject DemandListParameters filter, @ParameterObject PageQuery page) {
        return PageResponse.of(filter.search(queries, me, page.toPageable(Sort.unsorted(), DemandQueries.SORTABLE)));
    }

    /** The list as CSV or XLSX: same filters and order, not paged (ListExport). */
    @GetMapping(produces = {SpreadsheetFormat.TEXT_CSV, SpreadsheetFormat.XLSX_MEDIA_TYPE})
    void export(@AuthenticationPrincipal AccountPrincipal me, @ParameterObject DemandListParameters filter,
                @ParameterObject PageQuery page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        ListExport.send(request, response, "demands", EXPORT_COLUMNS, page, Sort.unsorted(), DemandQueries.SORTABLE,
                pageable -> filter.search(queries, me, pageable));
    }

    @GetMapping(params = ListExport.FORMAT)
    void exportAsAsked(@AuthenticationPrincipal AccountPrincipal me, @ParameterObject DemandListParameters filter,
                       @ParameterObject PageQuery page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        export(me, filter, page, request, response);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getDemand", summary = "One demand", description = "ETag carries its version.")
    ResponseEntity<DemandView> get(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
        return ETags.ok(queries.get(me, id), DemandView::version);
    }

    @PostMapping
    @Operation(operationId = "publishDemand", summary = "Publish a demand of the caller's enterprise")
    @ApiResponse(responseCode = "201", description = "Published, open; Location names it")
    ResponseEntity<DemandView> publish(@AuthenticationPrincipal AccountPrincipal me,
                                       @RequestBody DemandRequest request) {
        DemandView created = service.publish(me, request.toDetails());
        return ETags.created(BASE, created.id(), created, created.version());
    }

    @PutMapping("/{id}")
    @Operation(operationId = "updateDemand", summary = "Replace the fields of an open demand of one's own")
    @ApiResponse(responseCode = "409", description = "The demand is closed (error.demand.closed)")
    @ApiResponse(responseCode = "412", description = "If-Match does not name the current version")
    ResponseEntity<DemandView> update(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
            @RequestBody DemandRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return ETags.replaced(ifMatch, () -> queries.get(me, id).version(), "demand", id,
                expected -> service.update(me, id, request.toDetails(), expected), DemandView::version);
    }

    @PostMapping("/{id}/close")
    @Operation(operationId = "closeDemand", summary = "Close an open demand of one's own")
    @ApiResponse(responseCode = "409", description = "Closed already (error.demand.closed)")
    DemandView close(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
        return service.close(me, id);
    }

    @GetMapping("/{id}/history")
    @Operation(operationId = "demandHistory", summary = "The demand's changes, oldest first",
            description = "For its enterprise, the officials of its region and administrators (it names people); "
                    + "analysts 403.")
    List<ChangeHistory.Entry> history(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
        return history.of(queries.history(me, id), DemandQueries.HISTORY_FIELDS);
    }

    @GetMapping("/{id}/matches")
    @Operation(operationId = "demandMatches", summary = "Achievements ranked for the demand",
            description = "Same field (0.5) plus the rank of the demand's words in the achievement (title words "
                    + "weigh more), best first, at most 20, each with its score and reasons.")
    List<Matching.AchievementMatch> matches(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
        return matching.forDemand(me, id);
    }
}
