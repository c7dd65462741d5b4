package cn.kjj.platform.cultivation;

import cn.kjj.platform.identity.Role;
import cn.kjj.platform.portal.NavigationEntry;
import cn.kjj.platform.portal.NavigationGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The cultivation page in the portal's cultivation group, after the technology SMEs. */
@Configuration(proxyBeanMethods = false)
class CultivationPageNavigation {

    @Bean
    NavigationEntry cultivationNavigation() {
        return NavigationEntry.forRoles(NavigationGroup.CULTIVATION, CultivationPageController.PATH, "nav.cultivation",
                20, Role.OFFICIAL, Role.ADMIN, Role.ANALYST);
    }
}
