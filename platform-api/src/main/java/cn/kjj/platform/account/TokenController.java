package cn.kjj.platform.account;

import cn.kjj.platform.common.OpenApiConfiguration;
import cn.kjj.platform.identity.AccountPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own bearer tokens. */
@RestController
@RequestMapping("/api/v1/auth/tokens")
@Tag(name = "Authentication", description = "Bearer tokens and the signed-in account")
record TokenController(ApiTokenService tokens) {

    @PostMapping
    @Operation(operationId = "createToken", summary = "Create a token",
            description = "With HTTP Basic credentials (or an existing token). "
            + "The token is shown in this answer only; it is stored hashed.",
            security = {@SecurityRequirement(name = OpenApiConfiguration.BASIC_AUTH),
                    @SecurityRequirement(name = OpenApiConfiguration.BEARER_AUTH)})
    @ApiResponse(responseCode = "201", description = "The new token")
    ResponseEntity<IssuedToken> create(@AuthenticationPrincipal AccountPrincipal me,
                                       @Valid @RequestBody CreateTokenRequest request) {
        IssuedToken issued = tokens.issue(me, request.name(), request.days());
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore()).body(issued);
    }

    @GetMapping
    @Operation(operationId = "listTokens", summary = "List the caller's tokens",
            description = "Never shows the tokens themselves.")
    List<TokenView> list(@AuthenticationPrincipal AccountPrincipal me) {
        return tokens.list(me);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "revokeToken", summary = "Revoke one of the caller's tokens",
            description = "Someone else's token is 404.")
    @ApiResponse(responseCode = "204", description = "Revoked")
    void revoke(@AuthenticationPrincipal AccountPrincipal me, @PathVariable Long id) {
        tokens.revoke(me, id);
    }
}
