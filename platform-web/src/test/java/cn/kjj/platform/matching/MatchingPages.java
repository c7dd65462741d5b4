package cn.kjj.platform.matching;

import static cn.kjj.platform.portal.RegistryPageFixtures.ENTERPRISE;
import static cn.kjj.platform.portal.RegistryPageFixtures.OFFICIAL;

import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.portal.RegistryPageFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** What the demand and meeting page tests share: the portal, the demo enterprise's clerk and Jianghai's official. */
abstract class MatchingPages {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    RegistryPageFixtures fixtures;
    AccountPrincipal enterprise;
    AccountPrincipal official;

    @BeforeEach
    void signIn() {
        fixtures = new RegistryPageFixtures(context);
        enterprise = fixtures.principal(ENTERPRISE);
        official = fixtures.principal(OFFICIAL);
    }
}
