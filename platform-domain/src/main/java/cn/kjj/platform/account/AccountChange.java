package cn.kjj.platform.account;

import cn.kjj.platform.identity.Role;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * A partial change of an account: fields left null stay as they are. A password sets a new one
 * (an administrator's reset; it must satisfy {@link PasswordPolicy}). {@code clearRegion} and
 * {@code clearEnterprise} take the account's region or enterprise away (null cannot say that);
 * the roles must still allow it: an official keeps a region, an enterprise account an enterprise.
 */
public record AccountChange(
        Boolean enabled,
        @Size(min = 1) Set<Role> roles,
        @Pattern(regexp = "^[0-9]{6}$") String regionCode,
        Long enterpriseId,
        @Size(min = 1, max = 100) String displayName,
        String password,
        boolean clearRegion,
        boolean clearEnterprise) {

    /** A change that clears nothing. */
    public AccountChange(Boolean enabled, Set<Role> roles, String regionCode, Long enterpriseId, String displayName,
                         String password) {
        this(enabled, roles, regionCode, enterpriseId, displayName, password, false, false);
    }

    /** A change without a new password that clears nothing. */
    public AccountChange(Boolean enabled, Set<Role> roles, String regionCode, Long enterpriseId, String displayName) {
        this(enabled, roles, regionCode, enterpriseId, displayName, null);
    }

    /** Whether the change touches the roles or what they are bound to. */
    boolean changesBindings() {
        return roles != null || regionCode != null || enterpriseId != null || clearRegion || clearEnterprise;
    }

    @Override
    public String toString() {
        return "AccountChange[enabled=" + enabled + ", roles=" + roles + ", regionCode=" + regionCode
                + ", enterpriseId=" + enterpriseId + ", displayName=" + displayName
                + (password == null ? "" : ", password=(new)") + (clearRegion ? ", clearRegion" : "")
                + (clearEnterprise ? ", clearEnterprise" : "") + "]";
    }
}
