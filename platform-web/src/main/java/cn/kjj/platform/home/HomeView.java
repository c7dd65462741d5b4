package cn.kjj.platform.home;

import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.Role;
import java.util.List;

/**
 * What the home page shows about the signed-in person.
 *
 * @param regionName   the region in the page's language, or null when not bound to one
 * @param enterpriseId the enterprise an ENTERPRISE account acts for, or null
 */
record HomeView(String displayName, String username, List<Role> roles, String regionCode, String regionName,
                Long enterpriseId) {

    static HomeView of(AccountPrincipal principal, String regionName) {
        return new HomeView(principal.displayName(), principal.username(),
                principal.roles().stream().sorted().toList(), principal.regionCode(), regionName,
                principal.enterpriseId());
    }
}
