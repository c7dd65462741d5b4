package cn.kjj.platform.account;

import cn.kjj.platform.common.ETags;
import cn.kjj.platform.identity.AccountPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * An expert of the registry gets his sign-in account (role EXPERT, bound to him): officials of the
 * expert's region and administrators (decision 0042).
 */
@RestController
@Tag(name = "Users")
record ExpertAccountController(AccountService accounts) {

    @PostMapping("/api/v1/experts/{id}/account")
    @Operation(operationId = "createExpertAccount", summary = "Give an expert of the registry a sign-in account",
            description = "Role EXPERT, bound to the expert: it sees and scores only the reviews assigned to him. "
                    + "displayName defaults to the expert's name; the password policy applies. 409 "
                    + "error.account.expertHasAccount when the expert has one already.")
    @ApiResponse(responseCode = "201", description = "Created; Location names the new account")
    ResponseEntity<AccountView> create(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                                       @RequestBody NewExpertAccount request) {
        AccountView created = accounts.createForExpert(me, id, request);
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.id())).eTag(ETags.of(created.version()))
                .body(created);
    }
}
