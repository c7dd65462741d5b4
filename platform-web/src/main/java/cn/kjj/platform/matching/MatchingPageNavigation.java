package cn.kjj.platform.matching;

import cn.kjj.platform.identity.Role;
import cn.kjj.platform.portal.NavigationEntry;
import cn.kjj.platform.portal.NavigationGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The supply-and-demand pages in the portal's navigation. */
@Configuration(proxyBeanMethods = false)
class MatchingPageNavigation {

    @Bean
    NavigationEntry achievementNavigation() {
        return NavigationEntry.forRoles(NavigationGroup.SUPPLY_AND_DEMAND, "/achievements", "nav.achievements", 10,
                Role.OFFICIAL, Role.ADMIN, Role.ANALYST, Role.ENTERPRISE);
    }

    @Bean
    NavigationEntry demandNavigation() {
        return NavigationEntry.forRoles(NavigationGroup.SUPPLY_AND_DEMAND, DemandPageController.PATH, "nav.demands", 20,
                Role.OFFICIAL, Role.ADMIN, Role.ANALYST, Role.ENTERPRISE);
    }

    @Bean
    NavigationEntry matchmakingNavigation() {
        return NavigationEntry.forRoles(NavigationGroup.SUPPLY_AND_DEMAND, MatchmakingPageController.PATH,
                "nav.matchmakings", 40, Role.OFFICIAL, Role.ADMIN, Role.ANALYST);
    }

    @Bean
    NavigationEntry suggestionsNavigation() {
        return NavigationEntry.forRoles(NavigationGroup.SUPPLY_AND_DEMAND, SuggestionsPageController.PATH,
                "nav.suggestions", 30, Role.OFFICIAL, Role.ADMIN, Role.ANALYST);
    }
}
