package cn.kjj.platform.incubator;

import cn.kjj.platform.identity.Role;
import cn.kjj.platform.portal.NavigationEntry;
import cn.kjj.platform.portal.NavigationGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The incubation carrier pages in the portal's main navigation. */
@Configuration(proxyBeanMethods = false)
class IncubatorPageNavigation {

    @Bean
    NavigationEntry incubatorNavigation() {
        return NavigationEntry.forRoles(NavigationGroup.REGISTRIES, "/incubators", "nav.incubators", 40,
                Role.OFFICIAL, Role.ADMIN, Role.ANALYST);
    }
}
