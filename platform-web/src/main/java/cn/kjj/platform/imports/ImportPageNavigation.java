package cn.kjj.platform.imports;

import cn.kjj.platform.identity.Role;
import cn.kjj.platform.portal.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The import pages in the portal's main navigation, for those who may import. */
@Configuration(proxyBeanMethods = false)
class ImportPageNavigation {

    @Bean
    NavigationEntry importsNavigation() {
        return NavigationEntry.forRoles(ImportPageController.IMPORTS, "nav.imports", 90, Role.OFFICIAL, Role.ADMIN);
    }
}
