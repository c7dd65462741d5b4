package cn.kjj.platform.account;

import cn.kjj.platform.identity.Role;
import cn.kjj.platform.portal.NavigationEntry;
import cn.kjj.platform.portal.NavigationGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The account pages in the portal's main navigation: accounts for administrators, tokens for everyone. */
@Configuration(proxyBeanMethods = false)
class AccountPageNavigation {

    @Bean
    NavigationEntry accountsNavigation() {
        return NavigationEntry.forRoles(NavigationGroup.ADMINISTRATION, AccountAdminPageController.PATH, "nav.users",
                900, Role.ADMIN);
    }

    @Bean
    NavigationEntry tokensNavigation() {
        return NavigationEntry.forEveryone(NavigationGroup.ACCOUNT, ApiTokenPageController.PATH, "nav.tokens", 950);
    }

    @Bean
    NavigationEntry passwordNavigation() {
        return NavigationEntry.forEveryone(NavigationGroup.ACCOUNT, PasswordPageController.PATH, "nav.password", 960);
    }
}
