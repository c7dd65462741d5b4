package cn.kjj.platform.contract;

import static cn.kjj.platform.contract.ContractController.PROBLEM;
import static cn.kjj.platform.contract.ContractController.PROBLEM_JSON;

import cn.kjj.platform.identity.AccountPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Change and cancellation of a registered contract (变更登记 / 注销登记, decision 0034): the registering
 * party applies, an official of the registering office approves or refuses. A second pending
 * application and any step the application's or the contract's status does not allow are 409.
 */
@RestController
@RequestMapping(ContractController.BASE + "/{id}/changes")
@Tag(name = "Technology contracts")
record ContractChangeController(ContractChangeService service) {

    @Schema(description = "An application for a change or cancellation of a registered contract")
    record ChangeRequest(
            @Schema(description = "CHANGE (new figures) or CANCEL (end the registration)", example = "CHANGE",
                    allowableValues = {"CHANGE", "CANCEL"}) String kind,
            @Schema(description = "Why; required, kept in the history", example = "双方签订补充协议，合同金额调整",
                    maxLength = ContractStateMachine.MAX_REASON_LENGTH) String reason,
            @Schema(description = "CHANGE only: the new 合同成交额 (yuan, at most 2 decimals)", example = "3200000.00")
            BigDecimal contractAmount,
            @Schema(description = "CHANGE only: the new 技术交易额 (0 < amount <= contract amount)", example = "2600000.00")
            BigDecimal techTransactionAmount,
            @Schema(description = "CHANGE only: the new end of the term", example = "2027-12-31") LocalDate validTo) {
    }

    @Schema(description = "An official's decision on an application")
    record DecisionRequest(
            @Schema(description = "A note; required to refuse", maxLength = ContractStateMachine.MAX_REASON_LENGTH,
                    example = "补充协议已核验") String reason,
            @Schema(description = "To refuse: a ground of the catalogue's refusalReasons, where one fits",
                    example = "FALSE_MATERIALS") String reasonCode) {
    }

    /** The problem answers every step shares. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(responseCode = "400", description = "Missing or malformed input; nothing is stored",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    @ApiResponse(responseCode = "404", description = "No such contract or application in the caller's scope",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    @ApiResponse(responseCode = "409", description = """
            The contract is not registered, another application is pending, or the application is decided \
            already; nothing changes""",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    @interface ChangeResponses {
    }

    @GetMapping
    @Operation(operationId = "listContractChanges", summary = "A contract's change and cancellation applications",
            description = """
                    The contract's readers. Oldest first, with the objections' corrections (kind CORRECTION); an \
                    approved change shows the figures it replaced and applied (before*/after*) and its decidedOn, \
                    the day from which the indicators count the new figures.""")
    @ApiResponse(responseCode = "200", description = "The applications")
    List<ContractChangeView> list(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
        return service.list(me, id);
    }

    @PostMapping
    @Operation(operationId = "applyForContractChange", summary = "Apply for a change or cancellation (变更/注销登记)",
            description = """
                    The registering party (the owner of a REGISTERED contract). CHANGE names at least one of \
                    contractAmount, techTransactionAmount (0 < amount <= contractAmount, at most 2 decimals) and \
                    validTo; CANCEL names none. One pending application per contract: a second is 409.""")
    @ApiResponse(responseCode = "201", description = "The application, status PENDING")
    @ChangeResponses
    ResponseEntity<ContractChangeView> apply(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                                             @RequestBody(required = false) ChangeRequest request) {
        ChangeRequest body = request == null ? new ChangeRequest(null, null, null, null, null) : request;
        ContractChangeView change = service.apply(me, id, new ChangeApplication(body.kind(), body.reason(),
                body.contractAmount(), body.techTransactionAmount(), body.validTo()));
        return ResponseEntity.created(URI.create(ContractController.BASE + "/" + id + "/changes/" + change.id()))
                .body(change);
    }

    @PostMapping("/{changeId}/approve")
    @Operation(operationId = "approveContractChange", summary = "Approve a change or cancellation",
            description = """
                    OFFICIAL of the registering region (or ADMIN). A change applies its figures from today: the \
                    contract-turnover indicators move by the difference in this month, past periods stay. A \
                    cancellation ends the registration (status CANCELLED) and takes the contract out of the \
                    indicators like a revocation.""")
    @ApiResponse(responseCode = "200", description = "The decided application")
    @ChangeResponses
    ContractChangeView approve(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                               @PathVariable long changeId, @RequestBody(required = false) DecisionRequest request) {
        return service.approve(me, id, changeId, request == null ? null : request.reason());
    }

    @PostMapping("/{changeId}/reject")
    @Operation(operationId = "rejectContractChange", summary = "Refuse a change or cancellation",
            description = "OFFICIAL of the registering region (or ADMIN); reason required, reasonCode where one fits.")
    @ApiResponse(responseCode = "200", description = "The decided application")
    @ChangeResponses
    ContractChangeView reject(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                              @PathVariable long changeId, @RequestBody(required = false) DecisionRequest request) {
        DecisionGround ground = request == null ? new DecisionGround(null, null)
                : DecisionGround.of(request.reasonCode(), request.reason());
        return service.refuse(me, id, changeId, ground);
    }
}
