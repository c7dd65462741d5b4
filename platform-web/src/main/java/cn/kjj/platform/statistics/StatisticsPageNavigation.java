package cn.kjj.platform.statistics;

import cn.kjj.platform.identity.Role;
import cn.kjj.platform.portal.NavigationEntry;
import cn.kjj.platform.portal.NavigationGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The regional statistics pages in the portal's main navigation. */
@Configuration(proxyBeanMethods = false)
class StatisticsPageNavigation {

    @Bean
    NavigationEntry statisticsNavigation() {
        return NavigationEntry.forRoles(NavigationGroup.REGISTRIES, "/statistics", "nav.statistics", 43,
                Role.OFFICIAL, Role.ADMIN, Role.ANALYST);
    }
}
