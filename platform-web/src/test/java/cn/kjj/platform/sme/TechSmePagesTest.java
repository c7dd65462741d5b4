package cn.kjj.platform.sme;

import static cn.kjj.platform.portal.RegistryPageFixtures.DEMO_ENTERPRISE_CODE;
import static cn.kjj.platform.portal.RegistryPageFixtures.DEMO_ENTERPRISE_NAME;
import static cn.kjj.platform.portal.RegistryPageFixtures.ENTERPRISE;
import static cn.kjj.platform.portal.RegistryPageFixtures.OFFICIAL;
import static cn.kjj.platform.portal.RegistryPageFixtures.html;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.kjj.platform.PortalTest;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.portal.RegistryPageFixtures;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The technology SME pages and the enterprise page's ladder, on the demo data. */
@PortalTest
class TechSmePagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    AccountPrincipal official;
    /** A year of this test's own, far ahead of the demo's. */
    int year;

    @BeforeEach
    void setUp() {
        official = new RegistryPageFixtures(context).principal(OFFICIAL);
        year = ThreadLocalRandom.current().nextInt(9000, 9999);
    }

    @Test
    void theDemoEnterpriseSeesItsLadderTechnologySmeEveryYearSince2019ThenHighTech() throws Exception {
        long id = context.getBean(JdbcClient.class).sql("select id from enterprise where credit_code = ?")
                .param(DEMO_ENTERPRISE_CODE).query(Long.class).single();

        String page = page("/enterprises/" + id, new RegistryPageFixtures(context).principal(ENTERPRISE));

        assertThat(page).contains("培育路径").contains("科技型中小企业").contains("2019 年（2019440704").contains("2021 年（2021440704")
                .contains("认定有效期至")
                // the registry's pages are not the enterprise's: the years are not links
                .doesNotContain("href=\"/tech-smes/");
    }

    @Test
    void anOfficialRegistersTheDemoEnterpriseForAYearByItsCreditCodeAndFindsItInTheYearsList() throws Exception {
        MvcResult created = mvc.perform(post("/tech-smes").with(user(official)).with(csrf())
                        .param("enterpriseCreditCode", DEMO_ENTERPRISE_CODE.toLowerCase())
                        .param("year", String.valueOf(year)).param("registrationNo", "W" + year + "0001")
                        .param("score", "88.5"))
                .andExpect(redirectedUrlPattern("/tech-smes/*")).andReturn();

        assertThat(page(created.getResponse().getRedirectedUrl(), official)).contains(DEMO_ENTERPRISE_NAME)
                .contains("W" + year + "0001").contains("88.50");
        assertThat(page("/tech-smes?year=" + year, official)).contains("W" + year + "0001").contains("共 1 条入库登记");
    }

    @Test
    void aSecondRegistrationOfTheYearIsRefusedAboveTheFormAndAScoreAbove100BesideItsField() throws Exception {
        mvc.perform(post("/tech-smes").with(user(official)).with(csrf()).param("enterpriseCreditCode", DEMO_ENTERPRISE_CODE)
                .param("year", String.valueOf(year)).param("registrationNo", "D" + year + "0001"))
                .andExpect(redirectedUrlPattern("/tech-smes/*"));

        MvcResult again = mvc.perform(post("/tech-smes").with(user(official)).with(csrf())
                        .param("enterpriseCreditCode", DEMO_ENTERPRISE_CODE).param("year", String.valueOf(year))
                        .param("registrationNo", "D" + year + "0002"))
                .andExpect(status().isConflict()).andReturn();
        assertThat(html(again)).contains("该企业已登记为 " + year + " 年度科技型中小企业");

        MvcResult score = mvc.perform(post("/tech-smes").with(user(official)).with(csrf()).param("lang", "en")
                        .param("enterpriseCreditCode", DEMO_ENTERPRISE_CODE).param("year", String.valueOf(year + 1))
                        .param("registrationNo", "D" + year + "0003").param("score", "100.5"))
                .andExpect(status().isBadRequest()).andReturn();
        assertThat(html(score)).contains("id=\"score-error\">must be between 0 and 100 with at most 2 decimals</p>");
    }

    private String page(String path, AccountPrincipal reader) throws Exception {
        return html(mvc.perform(get(path).with(user(reader))).andExpect(status().isOk()).andReturn());
    }
}
