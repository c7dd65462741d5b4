package cn.kjj.platform.account;

import cn.kjj.platform.identity.AccountPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Authentication")
class MeController {

    @GetMapping("/api/v1/me")
    @Operation(operationId = "me", summary = "The signed-in account: roles and the region or enterprise it is bound to")
    MeResponse me(@AuthenticationPrincipal AccountPrincipal me) {
        return MeResponse.of(me);
    }
}
