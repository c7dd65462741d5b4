package cn.kjj.platform.portal;

import static cn.kjj.platform.portal.RegistryPageFixtures.ANALYST;
import static cn.kjj.platform.portal.RegistryPageFixtures.OFFICIAL;
import static cn.kjj.platform.portal.RegistryPageFixtures.html;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.kjj.platform.PortalTest;
import cn.kjj.platform.identity.AccountPrincipal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Every registry list offers its rows as a file, filters kept, and officials the import of such rows. */
@PortalTest
class ListTransferLinksTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void anOfficialGetsExportLinksWithTheListsFiltersAndAnImportLink() throws Exception {
        String page = html(mvc.perform(get("/incubators").param("region", "440704").param("kind", "INCUBATOR")
                .param("page", "0").with(user(principal(OFFICIAL)))).andExpect(status().isOk()).andReturn());

        assertThat(page)
                .contains("href=\"/api/v1/incubators?region=440704&amp;kind=INCUBATOR&amp;format=csv\"")
                .contains("href=\"/api/v1/incubators?region=440704&amp;kind=INCUBATOR&amp;format=xlsx\"")
                .contains("href=\"/imports/incubators\"");
    }

    @Test
    void anAnalystMayExportButIsNotOfferedAnImport() throws Exception {
        String page = html(mvc.perform(get("/enterprises").with(user(principal(ANALYST))))
                .andExpect(status().isOk()).andReturn());

        assertThat(page).contains("href=\"/api/v1/enterprises?format=csv\"").doesNotContain("/imports/enterprises");
    }

    @Test
    void theExportLinkGivesTheFilteredListAsCsvToThePortalSession() throws Exception {
        MvcResult file = mvc.perform(get("/api/v1/incubators").param("region", "440704").param("format", "csv")
                .with(user(principal(OFFICIAL)))).andExpect(status().isOk()).andReturn();

        byte[] body = file.getResponse().getContentAsByteArray();
        assertThat(file.getResponse().getContentType()).startsWith("text/csv");
        assertThat(new String(body, 0, 3, StandardCharsets.UTF_8)).isEqualTo("\uFEFF");
        assertThat(new String(body, StandardCharsets.UTF_8)).contains("regionCode").contains("440704");
    }

    @Test
    void theContractListOffersExportButNoImport() throws Exception {
        String page = html(mvc.perform(get("/contracts").param("status", "REGISTERED")
                .with(user(principal(OFFICIAL)))).andExpect(status().isOk()).andReturn());

        assertThat(page).contains("href=\"/api/v1/contracts?status=REGISTERED&amp;format=xlsx\"")
                .doesNotContain("href=\"/imports/");
    }

    private AccountPrincipal principal(String username) {
        return new RegistryPageFixtures(context).principal(username);
    }
}
