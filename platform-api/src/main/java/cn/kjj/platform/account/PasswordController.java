package cn.kjj.platform.account;

import cn.kjj.platform.http.AccountSessionGuard;
import cn.kjj.platform.identity.AccountPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in account changes its own password. */
@RestController
@Tag(name = "Authentication")
record PasswordController(AccountService accounts) {

    @PostMapping(path = "/api/v1/me/password", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "changeMyPassword", summary = "Change one's own password",
            description = """
                    The current password is required; a wrong one counts as a failed login. The new one: 12 to 128 \
                    characters, not containing the username, not a common password. Other portal sessions of the \
                    account end; the caller's own session (if any) and API tokens stay valid.""")
    @ApiResponse(responseCode = "204", description = "Changed")
    @ApiResponse(responseCode = "400", description = "Wrong current password or a new password the policy refuses",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/ProblemDetail")))
    void change(@AuthenticationPrincipal AccountPrincipal me, @RequestBody PasswordChangeRequest request,
                HttpServletRequest http) {
        String stamp = accounts.changeOwnPassword(me, request.currentPassword(), request.newPassword());
        HttpSession session = http.getSession(false);
        if (session != null) {
            AccountSessionGuard.remember(session, stamp);
        }
    }
}
