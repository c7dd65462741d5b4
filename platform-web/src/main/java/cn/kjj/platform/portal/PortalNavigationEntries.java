package cn.kjj.platform.portal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The links every signed-in person has; features add their own {@link NavigationEntry} beans. */
@Configuration(proxyBeanMethods = false)
class PortalNavigationEntries {

    @Bean
    NavigationEntry homeNavigation() {
        return NavigationEntry.forEveryone(NavigationGroup.NONE, "/", "nav.home", 0);
    }

    @Bean
    NavigationEntry apiDocsNavigation() {
        return NavigationEntry.forEveryone(NavigationGroup.ACCOUNT, "/swagger-ui.html", "nav.apiDocs", 1000);
    }
}
