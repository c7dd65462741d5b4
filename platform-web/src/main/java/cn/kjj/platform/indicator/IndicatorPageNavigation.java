package cn.kjj.platform.indicator;

import cn.kjj.platform.identity.Role;
import cn.kjj.platform.portal.NavigationEntry;
import cn.kjj.platform.portal.NavigationGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The indicators page in the portal's main navigation, after the statistics. */
@Configuration(proxyBeanMethods = false)
class IndicatorPageNavigation {

    @Bean
    NavigationEntry indicatorsNavigation() {
        return NavigationEntry.forRoles(NavigationGroup.INDICATORS, "/indicators", "nav.indicators", 44,
                Role.OFFICIAL, Role.ADMIN, Role.ANALYST);
    }
}
