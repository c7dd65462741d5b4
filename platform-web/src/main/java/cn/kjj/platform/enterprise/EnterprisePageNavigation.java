package cn.kjj.platform.enterprise;

import cn.kjj.platform.identity.Role;
import cn.kjj.platform.portal.NavigationEntry;
import cn.kjj.platform.portal.NavigationGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The enterprise registry and the renewal pipeline in the portal's main navigation. */
@Configuration(proxyBeanMethods = false)
class EnterprisePageNavigation {

    @Bean
    NavigationEntry enterprisesNavigation() {
        return NavigationEntry.forRoles(NavigationGroup.REGISTRIES, EnterprisePageController.PATH,
                "nav.enterprises", 30,
                Role.OFFICIAL, Role.ADMIN, Role.ANALYST);
    }

    @Bean
    NavigationEntry expiringCertificationsNavigation() {
        return NavigationEntry.forRoles(NavigationGroup.REGISTRIES, RenewalPipelinePageController.PATH,
                "nav.expiringCertifications", 31,
                Role.OFFICIAL, Role.ADMIN);
    }
}
