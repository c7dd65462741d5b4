package cn.kjj.platform.dashboard;

import cn.kjj.platform.identity.Role;
import cn.kjj.platform.portal.NavigationEntry;
import cn.kjj.platform.portal.NavigationGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The dashboard, the annual report and the technology-market tables in the portal's main navigation. */
@Configuration(proxyBeanMethods = false)
class DashboardPageNavigation {

    @Bean
    NavigationEntry dashboardNavigation() {
        return NavigationEntry.forRoles(NavigationGroup.INDICATORS, "/dashboard", "nav.dashboard", 5, Role.OFFICIAL,
                Role.ADMIN, Role.ANALYST);
    }

    @Bean
    NavigationEntry annualReportNavigation() {
        return NavigationEntry.forRoles(NavigationGroup.INDICATORS, "/reports/annual", "nav.annualReport", 45,
                Role.OFFICIAL, Role.ADMIN,
                Role.ANALYST);
    }

    @Bean
    NavigationEntry technologyMarketNavigation() {
        return NavigationEntry.forRoles(NavigationGroup.INDICATORS, "/reports/technology-market",
                "nav.technologyMarket", 47, Role.OFFICIAL, Role.ADMIN, Role.ANALYST);
    }
}
