package cn.kjj.platform.verification;

import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.contract.ContractVerification;
import cn.kjj.platform.contract.ContractVerifications;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON form of a certificate's public verification page (decision 0033): who may use it is
 * everyone, signed in or not ({@code ApiSecurityConfiguration} permits exactly this route). Any
 * token that does not address a registered contract is the same 404.
 */
@RestController
@Tag(name = "Certificate verification")
record VerificationController(ContractVerifications verifications) {

    static final String PATH = "/api/v1/verify/{token}";

    @GetMapping(PATH)
    @SecurityRequirements
    @Operation(operationId = "verifyContract", summary = "Verify a registration certificate (public, no sign-in)",
            description = """
                    What the QR code of a registration certificate (技术合同登记证明) leads to, as JSON: the \
                    registration number, the parties' names, the amounts (技术交易额 as registered), the \
                    registration date, the registering office and the current status (`REGISTERED`, or \
                    `REVOKED` since `statusSince`). No personal data. The token is the 32 hex digits of the \
                    certificate's link (`/verify/{token}`); registration numbers or ids are not accepted, and \
                    every token that addresses no registered contract gives the same 404. The page for \
                    people is `GET /verify/{token}`.""")
    @ApiResponse(responseCode = "200", description = "The registered contract, as its certificate's reader may see it")
    @ApiResponse(responseCode = "404", description = "No registered contract has this token")
    ResponseEntity<ContractVerification> verify(
            @Parameter(description = "The certificate's verification token, 32 lower-case hex digits")
            @PathVariable String token) {
        ContractVerification contract = verifications.find(token).orElseThrow(VerificationController::unknown);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(contract);
    }

    /** The one answer for every miss: nothing of the token in it. */
    static NotFoundException unknown() {
        return new NotFoundException("error.verification.notFound", "no registered contract has this token");
    }
}
