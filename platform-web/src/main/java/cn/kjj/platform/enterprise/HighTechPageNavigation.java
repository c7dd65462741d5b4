package cn.kjj.platform.enterprise;

import cn.kjj.platform.identity.Role;
import cn.kjj.platform.portal.NavigationEntry;
import cn.kjj.platform.portal.NavigationGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The high-tech applications, their candidates and the missing annual reports in the cultivation group. */
@Configuration(proxyBeanMethods = false)
class HighTechPageNavigation {

    @Bean
    NavigationEntry highTechApplicationsNavigation() {
        return NavigationEntry.forRoles(NavigationGroup.CULTIVATION, HighTechApplicationPageController.PATH,
                "nav.highTechApplications", 20, Role.OFFICIAL, Role.ADMIN, Role.ANALYST);
    }

    @Bean
    NavigationEntry highTechCandidatesNavigation() {
        return NavigationEntry.forRoles(NavigationGroup.CULTIVATION, HighTechApplicationPageController.CANDIDATES,
                "nav.highTechCandidates", 21, Role.OFFICIAL, Role.ADMIN, Role.ANALYST);
    }

    @Bean
    NavigationEntry missingReportsNavigation() {
        return NavigationEntry.forRoles(NavigationGroup.CULTIVATION, MissingReportsPageController.PATH,
                "nav.missingReports", 22, Role.OFFICIAL, Role.ADMIN, Role.ANALYST);
    }
}
