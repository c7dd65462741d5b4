package cn.kjj.platform.contract;

import static cn.kjj.platform.contract.ContractController.PROBLEM;
import static cn.kjj.platform.contract.ContractController.PROBLEM_JSON;

import cn.kjj.platform.identity.AccountPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The steps of registration: submit (owner), register, return (补正), reject (不予登记) and revoke
 * (officials). A step the contract's status does not allow is a 409, as is losing a race with
 * another step on the same contract; {@code If-Match}, when given, must name the current version
 * (412 otherwise).
 */
@RestController
@RequestMapping(ContractController.BASE + "/{id}")
@Tag(name = "Technology contracts")
record ContractDecisionController(ContractService service, ContractVersions versions) {

    /** The problem answers every step shares. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(responseCode = "200", description = "The contract after the step; ETag carries its new version")
    @ApiResponse(responseCode = "409", description = "The status does not allow this step, or another step won a race",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    @ApiResponse(responseCode = "412", description = "If-Match does not name the current version",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    @interface StepResponses {
    }

    @PostMapping("/submit")
    @Operation(operationId = "submitContract", summary = "Submit a draft or resubmit a returned contract",
            description = "Owner only. Starts the review clock again: due in 15 working days, 30 from 5,000,000 yuan.")
    @StepResponses
    ResponseEntity<ContractView> submit(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                                        @IfMatch @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return ContractController.withETag(service.submit(me, id, versions.expected(me, id, ifMatch)));
    }

    @PostMapping("/register")
    @Operation(operationId = "registerContract", summary = "Register a submitted contract",
            description = """
                    OFFICIAL of the registering region (or ADMIN). Gives the registration number and date; from \
                    5,000,000 yuan the first official's register moves it to PENDING_SECOND_REVIEW and another \
                    official's register completes it (the same official twice is 409). The optional body is the \
                    office's decision (认定): the 核定 techTransactionAmount (0 < amount <= contractAmount, at most 2 \
                    decimals) and a reclassified type and subtype; the declared amount stays in \
                    declaredTechTransactionAmount. A broken rule is 400.""")
    @StepResponses
    @ApiResponse(responseCode = "400", description = "The 核定 amount or the reclassification breaks a rule",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    ResponseEntity<ContractView> register(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
            @RequestBody(required = false) RegistrationRequest request,
            @IfMatch @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Long expected = versions.expected(me, id, ifMatch);
        return ContractController.withETag(service.register(me, id, RegistrationRequest.decision(request), expected));
    }

    @PostMapping("/return")
    @Operation(operationId = "returnContract", summary = "Return for correction (补正)",
            description = """
                    OFFICIAL in scope; a reason is required, a ground (reasonCode of the catalogue's refusalReasons) \
                    optional. Stops the review clock until the owner resubmits.""")
    @StepResponses
    ResponseEntity<ContractView> returnForCorrection(@AuthenticationPrincipal AccountPrincipal me,
            @PathVariable long id, @RequestBody(required = false) ReasonRequest request,
            @IfMatch @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Long expected = versions.expected(me, id, ifMatch);
        return ContractController.withETag(service.returnForCorrection(me, id, ReasonRequest.ground(request), expected));
    }

    @PostMapping("/reject")
    @Operation(operationId = "rejectContract", summary = "Refuse registration (不予登记)",
            description = """
                    OFFICIAL in scope; the ground (reasonCode of the catalogue's refusalReasons) is required, and a \
                    reason with the ground OTHER. An unknown or missing ground is 400.""")
    @StepResponses
    ResponseEntity<ContractView> reject(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
            @RequestBody(required = false) ReasonRequest request,
            @IfMatch @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Long expected = versions.expected(me, id, ifMatch);
        return ContractController.withETag(service.reject(me, id, ReasonRequest.ground(request), expected));
    }

    @PostMapping("/revoke")
    @Operation(operationId = "revokeContract", summary = "Revoke a registration",
            description = "OFFICIAL in scope; a reason is required. The registration number stays and is never reused.")
    @StepResponses
    ResponseEntity<ContractView> revoke(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
            @RequestBody(required = false) ReasonRequest request,
            @IfMatch @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Long expected = versions.expected(me, id, ifMatch);
        return ContractController.withETag(service.revoke(me, id, reason(request), expected));
    }

    private static String reason(ReasonRequest request) {
        return request == null ? null : request.reason();
    }

    /** The documentation of the optional {@code If-Match} header. */
    @Target(ElementType.PARAMETER)
    @Retention(RetentionPolicy.RUNTIME)
    @Parameter(description = "The ETag last read; when given and the contract has changed since, 412")
    @interface IfMatch {
    }
}
