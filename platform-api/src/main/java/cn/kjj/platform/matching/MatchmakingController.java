package cn.kjj.platform.matching;

import cn.kjj.platform.common.ETags;
import cn.kjj.platform.common.PageQuery;
import cn.kjj.platform.common.PageResponse;
import cn.kjj.platform.identity.AccountPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import cn.kjj.platform.spreadsheet.ExportColumn;
import cn.kjj.platform.spreadsheet.ListExport;
import cn.kjj.platform.spreadsheet.SpreadsheetFormat;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
 * Brokered meetings (对接): officials record them for demands of their region and move the outcome
 * on (meeting, intention, contract, no deal); each shows the chain demand → achievement → contract
 * → turnover. The staff read them within their regions; enterprises 403.
 */
@RestController
@RequestMapping(MatchmakingController.BASE)
@Tag(name = "Matchmakings", description = "Meetings the bureau brokers between demands and achievements (对接)")
class MatchmakingController {

    private final MatchmakingService service;
    private final MatchmakingQueries queries;
    private final Matching matching;

    MatchmakingController(MatchmakingService service, MatchmakingQueries queries, Matching matching) {
        this.service = service;
        this.queries = queries;
        this.matching = matching;
    }

    static final String BASE = "/api/v1/matchmakings";
    static final List<ExportColumn<MatchmakingView>> EXPORT_COLUMNS = ExportColumn.ofRecord(MatchmakingView.class,
            "version");

    @GetMapping
    @Operation(operationId = "listMatchmakings", summary = "Brokered meetings, latest first, with their chains",
            description = "Filtered by region and outcome. Also as CSV or XLSX (Accept: text/csv or "
                    + "?format=csv|xlsx).")
    PageResponse<MatchmakingView> list(@AuthenticationPrincipal AccountPrincipal me,
                                       @Parameter(description = "A region code; a city includes its districts")
                                       @RequestParam(required = false) String region,
                                       @Parameter(description = "Only meetings that have got to this outcome; another value is 400")
                                       @RequestParam(required = false) MatchOutcome outcome,
                                       @ParameterObject PageQuery page) {
        return PageResponse.of(queries.search(me, region, outcome, page.toPageable(Sort.unsorted(), Set.of())));
    }

    /** The list as CSV or XLSX: same region and outcome, latest first, not paged (ListExport). */
    @GetMapping(produces = {SpreadsheetFormat.TEXT_CSV, SpreadsheetFormat.XLSX_MEDIA_TYPE})
    void export(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) String region,
                @RequestParam(required = false) MatchOutcome outcome, @ParameterObject PageQuery page,
                HttpServletRequest request, HttpServletResponse response) throws IOException {
        ListExport.send(request, response, "matchmakings", EXPORT_COLUMNS, page, Sort.unsorted(), Set.of(),
                pageable -> queries.search(me, region, outcome, pageable));
    }

    @GetMapping(params = ListExport.FORMAT)
    void exportAsAsked(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) String region,
                       @RequestParam(required = false) MatchOutcome outcome, @ParameterObject PageQuery page,
                       HttpServletRequest request, HttpServletResponse response) throws IOException {
        export(me, region, outcome, page, request, response);
    }

    @GetMapping("/suggestions")
    @Operation(operationId = "suggestedMatchmakings", summary = "Pairs worth brokering",
            description = "Open demands of the caller's regions with no meeting yet and their best achievement "
                    + "(score at least 0.55: the same field and shared words), best pairs first, at most 50.")
    List<Matching.SuggestedPair> suggestions(@AuthenticationPrincipal AccountPrincipal me,
                                             @RequestParam(required = false) String region) {
        return matching.unbrokered(me, region);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getMatchmaking", summary = "One brokered meeting with its chain")
    ResponseEntity<MatchmakingView> get(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
        return ETags.ok(queries.get(me, id), MatchmakingView::version);
    }

    @PostMapping
    @Operation(operationId = "recordMatchmaking", summary = "Record a brokered meeting")
    @ApiResponse(responseCode = "201", description = "Recorded; Location names it")
    @ApiResponse(responseCode = "409", description = "The pair met already (error.matchmaking.duplicate)")
    ResponseEntity<MatchmakingView> record(@AuthenticationPrincipal AccountPrincipal me,
                                           @RequestBody MatchmakingRequest request) {
        MatchmakingView made = service.record(me, request.toDetails());
        return ETags.created(BASE, made.id(), made, made.version());
    }

    @PutMapping("/{id}")
    @Operation(operationId = "updateMatchmaking", summary = "Move a meeting on: its date, outcome, contract, note")
    @ApiResponse(responseCode = "412", description = "If-Match does not name the current version")
    ResponseEntity<MatchmakingView> update(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
            @RequestBody MatchmakingRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return ETags.replaced(ifMatch, () -> queries.get(me, id).version(), "matchmaking", id,
                expected -> service.update(me, id, request.toDetails(), expected), MatchmakingView::version);
    }
}
