package cn.kjj.platform.contract;

import cn.kjj.platform.identity.Role;
import cn.kjj.platform.portal.NavigationEntry;
import cn.kjj.platform.portal.NavigationGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The contract pages in the portal's main navigation. */
@Configuration(proxyBeanMethods = false)
class ContractPageNavigation {

    @Bean
    NavigationEntry contractsNavigation() {
        return NavigationEntry.forRoles(NavigationGroup.REGISTRATION, ContractListPageController.CONTRACTS,
                "nav.contracts", 20,
                Role.ENTERPRISE, Role.OFFICIAL, Role.ADMIN);
    }

    @Bean
    NavigationEntry reviewQueueNavigation() {
        return NavigationEntry.forRoles(NavigationGroup.REGISTRATION, ContractListPageController.REVIEW,
                "nav.review", 21,
                Role.OFFICIAL, Role.ADMIN);
    }

    @Bean
    NavigationEntry externalContractsNavigation() {
        return NavigationEntry.forRoles(NavigationGroup.REGISTRATION, ExternalRegistrationPageController.PATH,
                "nav.externalContracts", 22,
                Role.OFFICIAL, Role.ADMIN, Role.ANALYST);
    }
}
