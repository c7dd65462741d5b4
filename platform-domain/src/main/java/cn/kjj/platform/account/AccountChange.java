package cn.kjj.platform.account;

import cn.kjj.platform.identity.Role;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * A partial change of an account: fields left null stay as they are. A password sets a new one
 * (an administrator's reset; it must satisfy {@link PasswordPolicy}).
 */
public record AccountChange(
        Boolean enabled,
        @Size(min = 1) Set<Role> roles,
        @Pattern(regexp = "^[0-9]{6}$") String regionCode,
        Long enterpriseId,
        @Size(min = 1, max = 100) String displayName,
        String password) {

    /** A change without a new password. */
    public AccountChange(Boolean enabled, Set<Role> roles, String regionCode, Long enterpriseId, String displayName) {
        this(enabled, roles, regionCode, enterpriseId, displayName, null);
    }

    @Override
    public String toString() {
        return "AccountChange[enabled=" + enabled + ", roles=" + roles + ", regionCode=" + regionCode
                + ", enterpriseId=" + enterpriseId + ", displayName=" + displayName
                + (password == null ? "" : ", password=(new)") + "]";
    }
}
