package cn.kjj.platform.portal;

import cn.kjj.platform.identity.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One link of the portal's main navigation. A feature adds its page to the navigation by
 * declaring a bean, e.g. in the contract feature's web configuration:
 * <pre>{@code
 * @Bean
 * NavigationEntry contractsNavigation() {
 *     return NavigationEntry.forRoles(NavigationGroup.REGISTRATION, "/contracts", "nav.contracts", 20,
 *             Role.ENTERPRISE, Role.OFFICIAL, Role.ADMIN);
 * }
 * }</pre>
 * and the label key in both messages files.
 *
 * @param group    the group of the header it sits in ({@link NavigationGroup#NONE}: in the bar itself)
 * @param path     the page's address, as in docs/api.md "Portal addresses"
 * @param labelKey the message key of the link text
 * @param order    position within its group, top to bottom
 * @param roles    who sees the link; empty means everyone signed in
 */
public record NavigationEntry(NavigationGroup group, String path, String labelKey, int order, Set<Role> roles) {

    public NavigationEntry {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static NavigationEntry forEveryone(NavigationGroup group, String path, String labelKey, int order) {
        return new NavigationEntry(group, path, labelKey, order, Set.of());
    }

    public static NavigationEntry forRoles(NavigationGroup group, String path, String labelKey, int order,
                                           Role... roles) {
        return new NavigationEntry(group, path, labelKey, order, Set.of(roles));
    }

    /** A bean that brings its own links rather than declaring entries: a registry's pages. */
    public interface Source {

        List<NavigationEntry> navigation();
    }

    boolean isVisibleTo(Set<Role> held) {
        return roles.isEmpty() || roles.stream().anyMatch(held::contains);
    }
}
