package cn.kjj.platform.portal;

import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The main navigation as the layout shows it: every {@link NavigationEntry} bean (and every
 * {@link NavigationEntry.Source}'s) that the
 * signed-in person's roles allow, grouped by {@link NavigationGroup} in the groups' order and
 * ordered within each. Templates call it as {@code ${@portalNavigation.groupsFor(#authentication)}}.
 */
@Component("portalNavigation")
public class PortalNavigation {

    /** A group with the entries one person sees in it (never empty). */
    public record Section(NavigationGroup group, List<NavigationEntry> entries) {

        /** Whether the page at {@code path} is one of this group's, so that the group shows as current. */
        public boolean holds(String path) {
            return entries.stream().anyMatch(entry -> entry.path().equals(path));
        }
    }

    private final List<NavigationEntry> entries;

    /** The entry beans and the links of the sources (the registries' pages). */
    @Autowired
    PortalNavigation(List<NavigationEntry> entries, List<NavigationEntry.Source> sources) {
        this(Stream.concat(entries.stream(), sources.stream().flatMap(source -> source.navigation().stream()))
                .toList());
    }

    PortalNavigation(List<NavigationEntry> entries) {
        this.entries = entries.stream()
                .sorted(Comparator.comparing(NavigationEntry::group).thenComparingInt(NavigationEntry::order)
                        .thenComparing(NavigationEntry::path))
                .toList();
    }

    /** Every entry the person may open, group after group. */
    public List<NavigationEntry> visibleTo(Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof AccountPrincipal principal)) {
            return List.of();
        }
        Set<Role> roles = principal.roles();
        return entries.stream().filter(entry -> entry.isVisibleTo(roles)).toList();
    }

    /** The groups the person sees, each with its visible entries; a group without any falls away. */
    public List<Section> groupsFor(Authentication authentication) {
        Map<NavigationGroup, List<NavigationEntry>> grouped = new LinkedHashMap<>();
        for (NavigationEntry entry : visibleTo(authentication)) {
            grouped.computeIfAbsent(entry.group(), group -> new ArrayList<>()).add(entry);
        }
        return grouped.entrySet().stream().map(group -> new Section(group.getKey(), List.copyOf(group.getValue())))
                .toList();
    }

    /** The label key of the navigation entry at {@code path} (a breadcrumb's section), or null. */
    public String labelKeyOf(String path) {
        return entries.stream().filter(entry -> entry.path().equals(path)).map(NavigationEntry::labelKey)
                .findFirst().orElse(null);
    }
}
