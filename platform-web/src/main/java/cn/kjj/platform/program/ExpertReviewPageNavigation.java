package cn.kjj.platform.program;

import cn.kjj.platform.identity.Role;
import cn.kjj.platform.portal.NavigationEntry;
import cn.kjj.platform.portal.NavigationGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** An expert's reviews in the portal's main navigation: for EXPERT accounts only (decision 0042). */
@Configuration(proxyBeanMethods = false)
class ExpertReviewPageNavigation {

    @Bean
    NavigationEntry expertReviewNavigation() {
        return NavigationEntry.forRoles(NavigationGroup.PROGRAMS, "/expert-reviews", "nav.expertReviews", 44,
                Role.EXPERT);
    }
}
