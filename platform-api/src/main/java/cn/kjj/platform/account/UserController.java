package cn.kjj.platform.account;

import cn.kjj.platform.common.ETags;
import cn.kjj.platform.common.PageQuery;
import cn.kjj.platform.common.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Set;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Accounts, for administrators (see {@link ApiSecurityConfiguration#rules}). */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users", description = "Accounts (ADMIN only)")
record UserController(AccountService accounts) {

    private static final Set<String> SORTABLE = Set.of("id", "username", "displayName", "createdAt");
    private static final Sort DEFAULT_SORT = Sort.by("username");
    private static final String PROBLEM = "#/components/schemas/ProblemDetail";

    @PostMapping
    @Operation(operationId = "createUser", summary = "Create an account",
            description = "An OFFICIAL needs a regionCode, an ENTERPRISE an enterpriseId. The password: 12 to 128 "
            + "characters, not containing the username, not a common password (every mistake in errors[]).")
    @ApiResponse(responseCode = "201", description = "Created; Location names the new account")
    @ApiResponse(responseCode = "409", description = "The username is taken",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = PROBLEM)))
    ResponseEntity<AccountView> create(@RequestBody NewAccount request) {
        // validated by the service: its Bean Validation and the password policy, every mistake at once
        AccountView created = accounts.create(request);
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.id()))
                .eTag(ETags.of(created.version()))
                .body(created);
    }

    @GetMapping
    @Operation(operationId = "listUsers", summary = "List accounts",
            description = "Sortable by id, username, displayName, createdAt.")
    PageResponse<AccountView> list(@ParameterObject PageQuery page) {
        return PageResponse.of(accounts.list(page.toPageable(DEFAULT_SORT, SORTABLE)));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getUser", summary = "One account", description = "ETag carries its version.")
    ResponseEntity<AccountView> get(@PathVariable Long id) {
        AccountView account = accounts.get(id);
        return ResponseEntity.ok().eTag(ETags.of(account.version())).body(account);
    }

    @PatchMapping("/{id}")
    @Operation(operationId = "changeUser", summary = "Change an account",
            description = "Fields left out stay as they are: enabled, roles, regionCode, enterpriseId, displayName; "
            + "regionCode or enterpriseId sent as null clear the region or enterprise (an OFFICIAL keeps a region, "
            + "an ENTERPRISE account an enterprise); password resets the password (the password policy applies; "
            + "other portal sessions of the account end).")
    @ApiResponse(responseCode = "412", description = "If-Match does not name the current version",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = PROBLEM)))
    ResponseEntity<AccountView> change(@PathVariable Long id, @Valid @RequestBody UserChangeRequest change,
            @Parameter(description = "The ETag last read; refused with 412 when the account has changed since")
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        if (ifMatch != null) {
            ETags.checkIfMatch(ifMatch, accounts.get(id).version(), "account", id);
        }
        AccountView changed = accounts.change(id, change.toChange());
        return ResponseEntity.status(HttpStatus.OK).eTag(ETags.of(changed.version())).body(changed);
    }

    @PostMapping("/{id}/unlock")
    @Operation(operationId = "unlockUser", summary = "Unlock an account",
            description = "Ends a lock after failed logins (and the count of failures): the password works again "
            + "at once. Audited as account.unlock when there was a lock or a count to clear; an account that was "
            + "not locked answers the same. API tokens are not affected: a lock never stopped them.")
    ResponseEntity<AccountView> unlock(@PathVariable Long id) {
        AccountView unlocked = accounts.unlock(id);
        return ResponseEntity.ok().eTag(ETags.of(unlocked.version())).body(unlocked);
    }
}
