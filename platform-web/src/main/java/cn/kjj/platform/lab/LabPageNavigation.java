package cn.kjj.platform.lab;

import cn.kjj.platform.identity.Role;
import cn.kjj.platform.portal.NavigationEntry;
import cn.kjj.platform.portal.NavigationGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The R&D platform pages in the portal's main navigation. */
@Configuration(proxyBeanMethods = false)
class LabPageNavigation {

    @Bean
    NavigationEntry labNavigation() {
        return NavigationEntry.forRoles(NavigationGroup.REGISTRIES, "/labs", "nav.labs", 41, Role.OFFICIAL,
                Role.ADMIN, Role.ANALYST);
    }
}
