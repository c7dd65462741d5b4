package cn.kjj.platform.portal;

import cn.kjj.platform.identity.Role;
import java.util.EnumSet;
import java.util.Set;

/**
 * One link of the portal's main navigation. A feature adds its page to the navigation by
 * declaring a bean, e.g. in the contract feature's web configuration:
 * <pre>{@code
 * @Bean
 * NavigationEntry contractsNavigation() {
 *     return NavigationEntry.forRoles("/contracts", "nav.contracts", 20, Role.ENTERPRISE, Role.OFFICIAL, Role.ADMIN);
 * }
 * }</pre>
 * and the label key in both messages files.
 *
 * @param path     the page's address, as in docs/api.md "Portal addresses"
 * @param labelKey the message key of the link text
 * @param order    position from left to right (home is 0, API docs 1000)
 * @param roles    who sees the link; empty means everyone signed in
 */
public record NavigationEntry(String path, String labelKey, int order, Set<Role> roles) {

    public NavigationEntry {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static NavigationEntry forEveryone(String path, String labelKey, int order) {
        return new NavigationEntry(path, labelKey, order, Set.of());
    }

    public static NavigationEntry forRoles(String path, String labelKey, int order, Role... roles) {
        return new NavigationEntry(path, labelKey, order, Set.of(roles));
    }

    boolean isVisibleTo(Set<Role> held) {
        return roles.isEmpty() || roles.stream().anyMatch(held::contains);
    }
}
