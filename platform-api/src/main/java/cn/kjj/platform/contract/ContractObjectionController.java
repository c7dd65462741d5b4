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
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Objections (异议) to registrations (decision 0034): raised by the registration number by a party or
 * an official of another office; reviewed by the registering office, which confirms or corrects.
 */
@RestController
@Tag(name = "Technology contracts")
record ContractObjectionController(ContractObjectionService service) {

    static final String RAISE = ContractController.BASE + "/objections";
    static final String OF_CONTRACT = ContractController.BASE + "/{id}/objections";

    @Schema(description = "An objection to a registration")
    record ObjectionRequest(
            @Schema(description = "The registration number on the certificate", example = "2026440704000001")
            String registrationNo,
            @Schema(description = "Why the registration is objected to; required",
                    maxLength = ContractStateMachine.MAX_REASON_LENGTH, example = "技术交易额包含设备费用，应予核减")
            String reason) {
    }

    @Schema(description = "The registering office's review: confirm with a note, or correct")
    record ReviewRequest(
            @Schema(description = "Correct: the new 核定 技术交易额 (0 < amount <= contract amount, 2 decimals)",
                    example = "1800000.00") BigDecimal techTransactionAmount,
            @Schema(description = "Correct: true to cancel the registration instead") Boolean cancel,
            @Schema(description = "Why; required", maxLength = ContractStateMachine.MAX_REASON_LENGTH,
                    example = "经复核，设备费用应从技术交易额中扣除") String note) {
    }

    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(responseCode = "400", description = "Missing or malformed input; nothing is stored",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    @ApiResponse(responseCode = "404", description = "No such registration or objection the caller may reach",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    @ApiResponse(responseCode = "409", description = "The registration is not in force, or the objection is decided already",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    @interface ObjectionResponses {
    }

    @PostMapping(RAISE)
    @Operation(operationId = "raiseContractObjection", summary = "Object to a registration (异议)",
            description = """
                    A party to the contract (the seller's enterprise, or the buyer's by its credit code) or an \
                    OFFICIAL of another office (the registering office reviews, 403). An unknown number and a \
                    registration the enterprise is no party to are the same 404; a registration not in force is 409.""")
    @ApiResponse(responseCode = "201", description = "The objection, status OPEN")
    @ObjectionResponses
    ResponseEntity<ObjectionView> raise(@AuthenticationPrincipal AccountPrincipal me,
                                        @RequestBody(required = false) ObjectionRequest request) {
        ObjectionView objection = request == null ? service.raise(me, null, null)
                : service.raise(me, request.registrationNo(), request.reason());
        return ResponseEntity.created(URI.create(ContractController.BASE + "/" + objection.contractId()
                + "/objections/" + objection.id())).body(objection);
    }

    @GetMapping(OF_CONTRACT)
    @Operation(operationId = "listContractObjections", summary = "A contract's objections",
            description = "The contract's readers; oldest first, with their review.")
    @ApiResponse(responseCode = "200", description = "The objections")
    List<ObjectionView> list(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
        return service.list(me, id);
    }

    @PostMapping(OF_CONTRACT + "/{objectionId}/confirm")
    @Operation(operationId = "confirmContractObjection", summary = "Confirm the registration on an objection",
            description = "OFFICIAL of the registering region (or ADMIN); the note is required.")
    @ApiResponse(responseCode = "200", description = "The reviewed objection, status CONFIRMED")
    @ObjectionResponses
    ObjectionView confirm(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                          @PathVariable long objectionId, @RequestBody(required = false) ReviewRequest request) {
        return service.confirm(me, id, objectionId, request == null ? null : request.note());
    }

    @PostMapping(OF_CONTRACT + "/{objectionId}/correct")
    @Operation(operationId = "correctContractObjection", summary = "Correct a registration on an objection",
            description = """
                    OFFICIAL of the registering region (or ADMIN): either a new 核定 techTransactionAmount, applied \
                    from today like an approved change (the indicators move by the difference in this month), or \
                    cancel: true, which ends the registration (CANCELLED). Exactly one of them, and a note.""")
    @ApiResponse(responseCode = "200", description = "The reviewed objection, status CORRECTED")
    @ObjectionResponses
    ObjectionView correct(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                          @PathVariable long objectionId, @RequestBody(required = false) ReviewRequest request) {
        ReviewRequest body = request == null ? new ReviewRequest(null, null, null) : request;
        return service.correct(me, id, objectionId,
                new ObjectionCorrection(body.techTransactionAmount(), body.cancel(), body.note()));
    }
}
