package cn.kjj.platform.program;

import cn.kjj.platform.identity.Role;
import cn.kjj.platform.portal.NavigationEntry;
import cn.kjj.platform.portal.NavigationGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The program pages (enterprises too: programs are public calls) in the portal's main navigation. */
@Configuration(proxyBeanMethods = false)
class ProgramPageNavigation {

    /** The officials' queue of applications by step; an enterprise's own applications. */
    @Bean
    NavigationEntry programApplicationNavigation() {
        return NavigationEntry.forRoles(NavigationGroup.PROGRAMS, "/program-applications", "nav.programApplications",
                43, Role.OFFICIAL, Role.ADMIN, Role.ANALYST, Role.ENTERPRISE);
    }

    /** The calls an enterprise may apply to today (decision 0042). */
    @Bean
    NavigationEntry programCallNavigation() {
        return NavigationEntry.forRoles(NavigationGroup.PROGRAMS, "/program-calls", "nav.programCalls", 41,
                Role.ENTERPRISE);
    }

    /** Innovation vouchers: the office's by status, an enterprise's own (decision 0043). */
    @Bean
    NavigationEntry voucherNavigation() {
        return NavigationEntry.forRoles(NavigationGroup.PROGRAMS, "/vouchers", "nav.vouchers", 44,
                Role.OFFICIAL, Role.ADMIN, Role.ANALYST, Role.ENTERPRISE);
    }
}
