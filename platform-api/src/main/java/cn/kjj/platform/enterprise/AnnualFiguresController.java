package cn.kjj.platform.enterprise;

import cn.kjj.platform.audit.RecordChange;
import cn.kjj.platform.common.ETags;
import cn.kjj.platform.identity.AccountPrincipal;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Enterprises' annual figures (revenue, sales, high-tech income, R&D expense, staff, IP, profit, tax,
 * assets, above-scale) and the high-tech conditions judged from them. The enterprise enters its own,
 * officials those of their region; whoever reads the enterprise reads them.
 */
@RestController
@Tag(name = "High-tech recognition", description = "Annual figures, the eight conditions, applications, annual reports")
record AnnualFiguresController(AnnualFiguresService service) {

    static final String FIGURES = EnterpriseController.BASE + "/{id}/annual-figures";

    /** One year's figures as the API shows them: the figures' fields beside the key and version. */
    record AnnualFiguresResponse(long enterpriseId, int year, @JsonUnwrapped AnnualFigures figures,
                                 Instant updatedAt, long version) {
        static AnnualFiguresResponse of(AnnualFiguresView v) {
            return new AnnualFiguresResponse(v.enterpriseId(), v.year(), v.figures(), v.updatedAt(), v.version());
        }
    }

    @GetMapping(FIGURES)
    @Operation(operationId = "listAnnualFigures", summary = "An enterprise's figures of every year, newest first")
    List<AnnualFiguresResponse> list(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
        return service.list(me, id).stream().map(AnnualFiguresResponse::of).toList();
    }

    @GetMapping(FIGURES + "/{year}")
    @Operation(operationId = "getAnnualFigures", summary = "An enterprise's figures of a year",
            description = "ETag carries their version; 404 when none are entered.")
    ResponseEntity<AnnualFiguresResponse> get(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                                              @PathVariable int year) {
        AnnualFiguresView figures = service.get(me, id, year);
        return ResponseEntity.ok().eTag(ETags.of(figures.version())).body(AnnualFiguresResponse.of(figures));
    }

    @PutMapping(FIGURES + "/{year}")
    @Operation(operationId = "putAnnualFigures", summary = "Enter or revise an enterprise's figures of a year",
            description = """
                    The enterprise for itself, officials for enterprises of their region, administrators. Amounts in \
                    yuan (at most 2 decimals, none negative but profit); rdExpenseDomestic within rdExpense, \
                    techStaff within staff, salesRevenue and highTechIncome within revenue; a year after this one \
                    is 400. The change and the figures it replaced are kept in the history.""")
    @ApiResponse(responseCode = "201", description = "Entered for the first time")
    @ApiResponse(responseCode = "200", description = "Revised (or unchanged)")
    @ApiResponse(responseCode = "412", description = "If-Match does not name the current version",
            content = @Content(mediaType = EnterpriseController.PROBLEM_JSON,
                    schema = @Schema(ref = EnterpriseController.PROBLEM)))
    ResponseEntity<AnnualFiguresResponse> put(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
            @PathVariable int year, @RequestBody AnnualFigures figures,
            @Parameter(description = "The ETag last read; 412 when the figures have changed since")
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Long expected = ETags.expected(ifMatch, () -> service.get(me, id, year).version(),
                AnnualFiguresService.ENTITY, id + "/" + year);
        AnnualFiguresService.Recorded recorded = service.record(me, id, year, figures, expected);
        return ResponseEntity.status(recorded.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .eTag(ETags.of(recorded.figures().version())).body(AnnualFiguresResponse.of(recorded.figures()));
    }

    @GetMapping(FIGURES + "/{year}/history")
    @Operation(operationId = "annualFiguresHistory", summary = "Every change of a year's figures, oldest first",
            description = "Who changed them, when, and the figures before and after; not for analysts.")
    List<RecordChange> history(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                               @PathVariable int year) {
        return service.history(me, id, year);
    }

    @GetMapping(EnterpriseController.BASE + "/{id}/high-tech-criteria")
    @Operation(operationId = "highTechCriteria", summary = "The eight high-tech conditions judged from the figures",
            description = """
                    For the batch year (default this year), from the annual figures of the three years before it: \
                    each condition met true, false, or null when a figure it needs is missing (the R&D shares \
                    need all three years), with value, threshold and the figures behind it. The R&D expense \
                    share's threshold is 5 %, 4 % or 3 % for latest-year sales up to 50,000,000, up to \
                    200,000,000 or above (settings platform.high-tech.*). The innovation score is entered by \
                    officials on an application, so it is null here.""")
    HighTechJudgement criteria(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
            @Parameter(description = "The batch year judged for", example = "2024")
            @RequestParam(required = false) Integer batchYear) {
        return service.judgement(me, id, batchYear);
    }
}
