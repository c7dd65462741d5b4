package cn.kjj.platform.account;

import cn.kjj.platform.identity.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** A new account as an administrator enters it. The password must also satisfy {@link PasswordPolicy}. */
public record NewAccount(
        @NotBlank @Pattern(regexp = "^[a-z0-9][a-z0-9._-]{2,63}$", message = "{account.username.pattern}") String username,
        @NotBlank String password,
        @NotBlank @Size(max = 100) String displayName,
        @NotEmpty Set<Role> roles,
        @Pattern(regexp = "^[0-9]{6}$") String regionCode,
        Long enterpriseId,
        Long expertId) {

    /** An account not bound to an expert. */
    public NewAccount(String username, String password, String displayName, Set<Role> roles, String regionCode,
                      Long enterpriseId) {
        this(username, password, displayName, roles, regionCode, enterpriseId, null);
    }

    /** Never the password, so that a logged command reveals nothing. */
    @Override
    public String toString() {
        return "NewAccount[username=" + username + ", displayName=" + displayName + ", roles=" + roles
                + ", regionCode=" + regionCode + ", enterpriseId=" + enterpriseId
                + (expertId == null ? "" : ", expertId=" + expertId) + "]";
    }
}
