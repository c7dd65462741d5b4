package cn.kjj.platform.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

class PortalNavigationTest {

    private final PortalNavigation navigation = new PortalNavigation(List.of(
            NavigationEntry.forEveryone("/swagger-ui.html", "nav.apiDocs", 1000),
            NavigationEntry.forRoles("/admin/users", "nav.users", 900, Role.ADMIN),
            NavigationEntry.forRoles("/review", "nav.review", 30, Role.OFFICIAL),
            NavigationEntry.forEveryone("/", "nav.home", 0)));

    @Test
    void entriesAreOrderedAndFilteredByTheSignedInPersonsRoles() {
        assertThat(paths(signedIn(Role.OFFICIAL))).containsExactly("/", "/review", "/swagger-ui.html");
        assertThat(paths(signedIn(Role.ADMIN))).containsExactly("/", "/admin/users", "/swagger-ui.html");
        assertThat(paths(signedIn(Role.ANALYST))).containsExactly("/", "/swagger-ui.html");
        assertThat(paths(signedIn(Role.ADMIN, Role.OFFICIAL)))
                .containsExactly("/", "/review", "/admin/users", "/swagger-ui.html");
    }

    @Test
    void aVisitorWhoIsNotSignedInSeesNoNavigation() {
        Authentication anonymous = new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        assertThat(navigation.visibleTo(anonymous)).isEmpty();
        assertThat(navigation.visibleTo(null)).isEmpty();
    }

    private List<String> paths(Authentication authentication) {
        return navigation.visibleTo(authentication).stream().map(NavigationEntry::path).toList();
    }

    private static Authentication signedIn(Role... roles) {
        AccountPrincipal principal = new AccountPrincipal(1L, "someone", "Someone", Set.of(roles), "440704", null,
                true, null);
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }
}
