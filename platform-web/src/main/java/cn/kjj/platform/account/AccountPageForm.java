package cn.kjj.platform.account;

import cn.kjj.platform.identity.Role;
import java.util.Set;

/**
 * The account form as the browser sends it. The enterprise is typed as its id or its unified
 * social credit code; the password only on creation.
 */
record AccountPageForm(String username, String password, String displayName, Set<Role> roles, String regionCode,
                       String enterprise, Boolean enabled) {

    static final Set<String> FIELDS = Set.of("username", "password", "displayName", "roles", "regionCode",
            "enterprise", "enabled");

    AccountPageForm {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    static AccountPageForm blank() {
        return new AccountPageForm(null, null, null, Set.of(), null, null, true);
    }

    static AccountPageForm of(AccountView v) {
        return new AccountPageForm(v.username(), null, v.displayName(), v.roles(), v.regionCode(),
                v.enterpriseId() == null ? null : v.enterpriseId().toString(), v.enabled());
    }

    /** The form as typed for {@code username}, but never the password: it is not sent back to the browser. */
    AccountPageForm shown(String username) {
        return new AccountPageForm(username, null, displayName, roles, regionCode, enterprise, enabled);
    }

    boolean has(Role role) {
        return roles.contains(role);
    }

    /** The domain's field as the form shows it. */
    static String formField(String field) {
        return "enterpriseId".equals(field) ? "enterprise" : field;
    }

    /** Sent, but left empty. */
    static boolean isBlank(String text) {
        return text != null && text.isBlank();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
