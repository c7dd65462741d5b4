package cn.kjj.platform.audit;

import static cn.kjj.platform.portal.RegistryPageFixtures.ADMIN;
import static cn.kjj.platform.portal.RegistryPageFixtures.ANALYST;
import static cn.kjj.platform.portal.RegistryPageFixtures.CITY_OFFICIAL;
import static cn.kjj.platform.portal.RegistryPageFixtures.ENTERPRISE;
import static cn.kjj.platform.portal.RegistryPageFixtures.OFFICIAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.kjj.platform.PortalTest;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.portal.RegistryPageFixtures;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

/** /audit: officials see the events of their region (and below), administrators all and the chain check. */
@PortalTest
class AuditPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    AuditLog audit;

    @Autowired
    TransactionTemplate transactions;

    private RegistryPageFixtures fixtures;
    private String marker;

    @BeforeEach
    void eventsInTwoRegions() {
        fixtures = new RegistryPageFixtures(context);
        marker = "audit-page-" + System.nanoTime();
        transactions.executeWithoutResult(tx -> {
            audit.record("lab.update", marker, "jianghai", "440704", Map.of("name", "旧"), Map.of("name", "新"));
            audit.record("lab.update", marker, "taishan", "440781", null, Map.of("name", "台山"));
            audit.record("token.issue", marker, "noregion", null, null, Map.of("name", "x"));
        });
    }

    @Test
    void aDistrictOfficialSeesOnlyItsOwnRegionsEvents() throws Exception {
        String page = page(OFFICIAL, "/audit?entityType=" + marker);

        assertThat(page).contains(marker + " #jianghai").doesNotContain("#taishan").doesNotContain("#noregion")
                .contains("共 1 条记录").doesNotContain("校验哈希链");
    }

    @Test
    void aCityOfficialSeesItsDistrictsAndAnAdministratorEverything() throws Exception {
        assertThat(page(CITY_OFFICIAL, "/audit?entityType=" + marker)).contains("#jianghai").contains("#taishan")
                .doesNotContain("#noregion");
        assertThat(page(ADMIN, "/audit?entityType=" + marker)).contains("#jianghai").contains("#taishan")
                .contains("#noregion").contains("共 3 条记录").contains("校验哈希链");
    }

    @Test
    void anAdministratorChecksTheChainFromThePage() throws Exception {
        assertThat(page(ADMIN, "/audit/verification")).contains("哈希链完整");
    }

    @Test
    void filtersAndBadDatesShowInline() throws Exception {
        assertThat(page(ADMIN, "/audit?entityType=" + marker + "&entityId=taishan")).contains("#taishan")
                .doesNotContain("#jianghai");
        MvcResult bad = mvc.perform(get("/audit?from=not-a-date").with(user(principal(ADMIN))))
                .andExpect(status().isBadRequest()).andReturn();
        assertThat(html(bad)).contains("id=\"from-error\"");
    }

    @Test
    void analystsAndEnterprisesMayNotReadTheTrail() throws Exception {
        mvc.perform(get("/audit").with(user(principal(ANALYST)))).andExpect(status().isForbidden());
        mvc.perform(get("/audit").with(user(principal(ENTERPRISE)))).andExpect(status().isForbidden());
        mvc.perform(get("/audit/verification").with(user(principal(OFFICIAL)))).andExpect(status().isForbidden());
    }

    @Test
    void theNavigationOffersTheTrailToOfficials() throws Exception {
        assertThat(page(OFFICIAL, "/")).contains("href=\"/audit\"");
        assertThat(page(ANALYST, "/")).doesNotContain("href=\"/audit\"");
    }

    private String page(String username, String path) throws Exception {
        return html(mvc.perform(get(path).with(user(principal(username)))).andExpect(status().isOk()).andReturn());
    }

    private AccountPrincipal principal(String username) {
        return fixtures.principal(username);
    }

    private static String html(MvcResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
