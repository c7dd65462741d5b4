package cn.kjj.platform.audit;

import cn.kjj.platform.identity.Role;
import cn.kjj.platform.portal.NavigationEntry;
import cn.kjj.platform.portal.NavigationGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit trail in the portal's navigation, for officials and administrators. */
@Configuration(proxyBeanMethods = false)
class AuditPageNavigation {

    @Bean
    NavigationEntry auditNavigation() {
        return NavigationEntry.forRoles(NavigationGroup.ADMINISTRATION, AuditPageController.PATH, "nav.audit", 880,
                Role.OFFICIAL, Role.ADMIN);
    }
}
