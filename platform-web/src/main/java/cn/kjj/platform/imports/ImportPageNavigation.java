package cn.kjj.platform.imports;

import cn.kjj.platform.identity.Role;
import cn.kjj.platform.portal.NavigationEntry;
import cn.kjj.platform.portal.NavigationGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The import pages in the portal's main navigation, for those who may import. */
@Configuration(proxyBeanMethods = false)
class ImportPageNavigation {

    @Bean
    NavigationEntry importsNavigation() {
        return NavigationEntry.forRoles(NavigationGroup.ADMINISTRATION, ImportPageController.IMPORTS, "nav.imports",
                90, Role.OFFICIAL, Role.ADMIN);
    }
}
