package cn.kjj.platform.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

class PortalNavigationTest {

    private final PortalNavigation navigation = new PortalNavigation(List.of(
            NavigationEntry.forEveryone(NavigationGroup.ACCOUNT, "/swagger-ui.html", "nav.apiDocs", 1000),
            NavigationEntry.forRoles(NavigationGroup.ADMINISTRATION, "/admin/users", "nav.users", 900, Role.ADMIN),
            NavigationEntry.forRoles(NavigationGroup.ADMINISTRATION, "/audit", "nav.audit", 880, Role.ADMIN,
                    Role.OFFICIAL),
            NavigationEntry.forRoles(NavigationGroup.REGISTRATION, "/review", "nav.review", 30, Role.OFFICIAL),
            NavigationEntry.forRoles(NavigationGroup.REGISTRATION, "/contracts", "nav.contracts", 20, Role.OFFICIAL,
                    Role.ENTERPRISE),
            NavigationEntry.forEveryone(NavigationGroup.NONE, "/", "nav.home", 0)));

    @Test
    void entriesAreOrderedByGroupThenWithinTheirGroupAndFilteredByTheSignedInPersonsRoles() {
        assertThat(paths(signedIn(Role.OFFICIAL)))
                .containsExactly("/", "/contracts", "/review", "/audit", "/swagger-ui.html");
        assertThat(paths(signedIn(Role.ADMIN))).containsExactly("/", "/audit", "/admin/users", "/swagger-ui.html");
        assertThat(paths(signedIn(Role.ANALYST))).containsExactly("/", "/swagger-ui.html");
        assertThat(paths(signedIn(Role.ADMIN, Role.OFFICIAL)))
                .containsExactly("/", "/contracts", "/review", "/audit", "/admin/users", "/swagger-ui.html");
    }

    @Test
    void aGroupShowsOnlyToThoseWhoMayOpenOneOfItsEntries() {
        assertThat(groups(signedIn(Role.OFFICIAL))).containsExactly(NavigationGroup.NONE,
                NavigationGroup.REGISTRATION, NavigationGroup.ADMINISTRATION, NavigationGroup.ACCOUNT);
        assertThat(groups(signedIn(Role.ENTERPRISE)))
                .containsExactly(NavigationGroup.NONE, NavigationGroup.REGISTRATION, NavigationGroup.ACCOUNT);
        assertThat(groups(signedIn(Role.ANALYST))).containsExactly(NavigationGroup.NONE, NavigationGroup.ACCOUNT);
        // cultivation and supply and demand have no page yet: no one sees them
        assertThat(groups(signedIn(Role.values()))).doesNotContain(NavigationGroup.CULTIVATION,
                NavigationGroup.SUPPLY_AND_DEMAND);
    }

    @Test
    void aGroupHoldsOnlyTheEntriesThePersonMayOpenAndKnowsWhetherItHoldsThePageShown() {
        PortalNavigation.Section registration = navigation.groupsFor(signedIn(Role.ENTERPRISE)).get(1);

        assertThat(registration.group()).isEqualTo(NavigationGroup.REGISTRATION);
        assertThat(registration.entries()).extracting(NavigationEntry::path).containsExactly("/contracts");
        assertThat(registration.holds("/contracts")).isTrue();
        assertThat(registration.holds("/review")).isFalse();
    }

    @Test
    void everyGroupButTheBarItselfHasItsNameInBothLanguages() throws IOException {
        Properties chinese = messages("messages/messages.properties");
        Properties english = messages("messages/messages_en.properties");
        assertThat(NavigationGroup.NONE.labelKey()).isNull();
        Arrays.stream(NavigationGroup.values()).filter(group -> group != NavigationGroup.NONE).forEach(group -> {
            assertThat(chinese.getProperty(group.labelKey())).as(group + " in Chinese").isNotBlank();
            assertThat(english.getProperty(group.labelKey())).as(group + " in English").isNotBlank();
        });
    }

    @Test
    void aVisitorWhoIsNotSignedInSeesNoNavigation() {
        Authentication anonymous = new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        assertThat(navigation.visibleTo(anonymous)).isEmpty();
        assertThat(navigation.visibleTo(null)).isEmpty();
        assertThat(navigation.groupsFor(null)).isEmpty();
    }

    private List<String> paths(Authentication authentication) {
        return navigation.visibleTo(authentication).stream().map(NavigationEntry::path).toList();
    }

    private List<NavigationGroup> groups(Authentication authentication) {
        return navigation.groupsFor(authentication).stream().map(PortalNavigation.Section::group).toList();
    }

    private static Properties messages(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PortalNavigationTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Authentication signedIn(Role... roles) {
        AccountPrincipal principal = new AccountPrincipal(1L, "someone", "Someone", Set.of(roles), "440704", null,
                true, null);
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }
}
