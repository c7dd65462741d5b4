package cn.kjj.platform.portal;

import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.Role;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The main navigation as the layout shows it: every {@link NavigationEntry} bean that the
 * signed-in person's roles allow, in order. Templates call it as
 * {@code ${@portalNavigation.visibleTo(#authentication)}}.
 */
@Component("portalNavigation")
public class PortalNavigation {

    private final List<NavigationEntry> entries;

    PortalNavigation(List<NavigationEntry> entries) {
        this.entries = entries.stream()
                .sorted(Comparator.comparingInt(NavigationEntry::order).thenComparing(NavigationEntry::path))
                .toList();
    }

    public List<NavigationEntry> visibleTo(Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof AccountPrincipal principal)) {
            return List.of();
        }
        Set<Role> roles = principal.roles();
        return entries.stream().filter(entry -> entry.isVisibleTo(roles)).toList();
    }

    /** The label key of the navigation entry at {@code path} (a breadcrumb's section), or null. */
    public String labelKeyOf(String path) {
        return entries.stream().filter(entry -> entry.path().equals(path)).map(NavigationEntry::labelKey)
                .findFirst().orElse(null);
    }
}
