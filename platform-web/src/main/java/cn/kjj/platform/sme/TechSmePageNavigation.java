package cn.kjj.platform.sme;

import cn.kjj.platform.identity.Role;
import cn.kjj.platform.portal.NavigationEntry;
import cn.kjj.platform.portal.NavigationGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The technology SME pages in the portal's cultivation group. */
@Configuration(proxyBeanMethods = false)
class TechSmePageNavigation {

    @Bean
    NavigationEntry techSmeNavigation() {
        return NavigationEntry.forRoles(NavigationGroup.CULTIVATION, "/tech-smes", "nav.techSmes", 10, Role.OFFICIAL,
                Role.ADMIN, Role.ANALYST);
    }
}
