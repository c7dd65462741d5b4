package cn.kjj.platform.program;

import cn.kjj.platform.identity.AccountPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The one-step subsidy to the enterprises newly certified high-tech in a year (decision 0043): officials
 * of a SUBSIDY program's region preview it and book it, all or nothing, idempotent.
 */
@RestController
@Tag(name = "Programs")
record SubsidyController(SubsidyService service) {

    static final String PATH = "/api/v1/programs/{id}/newly-certified-subsidy";

    @Schema(name = "SubsidyRequest", description = "The subsidy per newly certified enterprise of a year")
    record SubsidyRequest(
            @Schema(description = "The certification year", example = "2024",
                    requiredMode = Schema.RequiredMode.REQUIRED) Integer year,
            @Schema(description = "Yuan per enterprise", example = "100000.00",
                    requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal amount) {
    }

    @GetMapping(PATH)
    @Operation(operationId = "previewNewlyCertifiedSubsidy", summary = "Who a subsidy of the year would award",
            description = "The enterprises of the program's region (and the official's) whose first (INITIAL) "
                    + "high-tech certificate was issued in the year and is not revoked: those to award, those the "
                    + "program already awarded (skipped), and the total for amount when given. Nothing is written.")
    SubsidyPlan preview(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                        @RequestParam(required = false) Integer year,
                        @RequestParam(required = false) BigDecimal amount) {
        return service.preview(me, id, year, amount);
    }

    @PostMapping(PATH)
    @Operation(operationId = "grantNewlyCertifiedSubsidy", summary = "Award every newly certified enterprise of a year",
            description = "One award per enterprise of the preview, all or nothing: 409 error.subsidy.budgetExceeded "
                    + "with nothing written when the total passes the remaining budget, error.subsidy.programKind "
                    + "for a program that is not SUBSIDY. Enterprises already awarded by the program are skipped "
                    + "and listed, so that a repeat awards nobody twice.")
    @ApiResponse(responseCode = "201", description = "Booked (awarded may be empty when every one was skipped)")
    ResponseEntity<SubsidyPlan> grant(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                                      @RequestBody SubsidyRequest body) {
        return ResponseEntity.status(201).body(service.grant(me, id, body.year(), body.amount()));
    }
}
