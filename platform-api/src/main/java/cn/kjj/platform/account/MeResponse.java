package cn.kjj.platform.account;

import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.Role;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The signed-in account as it sees itself. */
@Schema(description = "The signed-in account")
record MeResponse(
        @Schema(example = "official.jianghai") String username,
        @Schema(example = "江海区科技局") String displayName,
        @Schema(example = "[\"OFFICIAL\"]") List<Role> roles,
        @Schema(description = "Region of an official", example = "440704", nullable = true) String regionCode,
        @Schema(description = "Enterprise of an enterprise account", nullable = true) Long enterpriseId) {

    static MeResponse of(AccountPrincipal principal) {
        return new MeResponse(principal.username(), principal.displayName(),
                principal.roles().stream().sorted().toList(), principal.regionCode(), principal.enterpriseId());
    }
}
