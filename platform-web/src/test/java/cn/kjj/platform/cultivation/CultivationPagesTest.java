package cn.kjj.platform.cultivation;

import static cn.kjj.platform.portal.RegistryPageFixtures.DEMO_ENTERPRISE_CODE;
import static cn.kjj.platform.portal.RegistryPageFixtures.OFFICIAL;
import static cn.kjj.platform.portal.RegistryPageFixtures.html;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.kjj.platform.PortalTest;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.portal.RegistryPageFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The officials' cultivation page and the ladder's tiers on the enterprise page, on the demo data. */
@PortalTest
class CultivationPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    AccountPrincipal official;
    long demo;

    @BeforeEach
    void setUp() {
        official = new RegistryPageFixtures(context).principal(OFFICIAL);
        // an enterprise of Jianghai never certified nor registered as a technology SME: on no rung by itself
        demo = context.getBean(JdbcClient.class).sql("""
                        select id from enterprise e where region_code = '440704' and credit_code <> ?
                          and not exists (select 1 from high_tech_certification h where h.enterprise_id = e.id)
                          and not exists (select 1 from tech_sme s where s.enterprise_id = e.id)
                          and not exists (select 1 from cultivation_pool_placement p where p.enterprise_id = e.id)
                        order by id desc limit 1""")
                .param(DEMO_ENTERPRISE_CODE).query(Long.class).single();
    }

    @Test
    void theOfficialSeesTheDistrictsCountsPerTierAndTheGazellesOf2021() throws Exception {
        String page = page("/cultivation?year=2021", official);

        assertThat(page).contains("2021 年各梯度企业数").contains("培育库").contains("瞪羚企业")
                .contains("data-row-tier=\"GAZELLE\"").contains("人工列入培育库");
        assertThat(page("/cultivation?year=2021&tier=GAZELLE", official)).doesNotContain("data-row-tier=\"TECH_SME\"");
    }

    @Test
    void aPlacementWithoutAReasonIsRefusedAndWithOneTheEnterpriseIsInThePoolOfTheYear() throws Exception {
        MvcResult refused = mvc.perform(post("/cultivation/pool").with(user(official)).with(csrf())
                        .param("enterpriseId", String.valueOf(demo)).param("year", "2017").param("reason", " "))
                .andExpect(redirectedUrl("/cultivation?year=2017")).andReturn();
        assertThat(String.valueOf(refused.getFlashMap().get("error"))).contains("必填");
        assertThat(page("/cultivation?year=2017&tier=POOL", official)).doesNotContain("data-enterprise-id=\"" + demo + "\"");

        MvcResult placed = mvc.perform(post("/cultivation/pool").with(user(official)).with(csrf())
                        .param("enterpriseId", String.valueOf(demo)).param("year", "2017")
                        .param("reason", "163计划重点培育对象"))
                .andExpect(redirectedUrl("/cultivation?year=2017&tier=POOL")).andReturn();
        assertThat(String.valueOf(placed.getFlashMap().get("notice"))).contains("2017");
        assertThat(page("/cultivation?year=2017&tier=POOL", official))
                .contains("data-enterprise-id=\"" + demo + "\"");
        assertThat(page("/enterprises/" + demo, official)).contains("各年所处梯度").contains("2017 年：培育库");
    }

    @Test
    void anAnalystReadsThePageWithoutThePlacementForm() throws Exception {
        String page = page("/cultivation?year=2021",
                new RegistryPageFixtures(context).principal(RegistryPageFixtures.ANALYST));
        assertThat(page).contains("2021 年各梯度企业数").doesNotContain("人工列入培育库");
    }

    @Test
    void theOfficialTakesAPlacementOutWithAReasonAndIsToldBesideTheFieldWithoutOne() throws Exception {
        context.getBean(CultivationService.class).place(official, demo, 2018, "区重点培育对象");
        String pool = "/cultivation?year=2018&tier=POOL";
        String remove = "/cultivation/pool/" + demo + "/2018/remove";
        assertThat(page(pool, official)).contains("action=\"" + remove + "\"").contains("移出理由");

        // without a reason: the page again (400), the row's form open with the message beside its field
        String again = html(mvc.perform(post(remove).with(user(official)).with(csrf())
                        .param("reason", " ").param("tier", "POOL"))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(again).contains("id=\"remove-reason-" + demo + "-error\"").contains("必填")
                .contains("<details class=\"pool-removal\" open=\"open\">")
                .contains("data-enterprise-id=\"" + demo + "\"");

        MvcResult removed = mvc.perform(post(remove).with(user(official)).with(csrf())
                        .param("reason", "企业已迁出本区").param("tier", "POOL"))
                .andExpect(redirectedUrl(pool)).andReturn();
        assertThat(String.valueOf(removed.getFlashMap().get("notice"))).contains("已移出 2018 年度培育库");
        assertThat(page(pool, official)).doesNotContain("data-enterprise-id=\"" + demo + "\"");
        assertThat(page("/enterprises/" + demo, official)).doesNotContain("2018 年：培育库");
        // taken out already: nothing to remove
        mvc.perform(post(remove).with(user(official)).with(csrf()).param("reason", "再次移出"))
                .andExpect(status().isNotFound());
    }

    @Test
    void anAnalystSeesNoRemovalAndMayNotPostOne() throws Exception {
        context.getBean(CultivationService.class).place(official, demo, 2018, "区重点培育对象");
        AccountPrincipal analyst = new RegistryPageFixtures(context).principal(RegistryPageFixtures.ANALYST);
        assertThat(page("/cultivation?year=2018&tier=POOL&region=440704", analyst)).contains("data-enterprise-id=\"" + demo + "\"")
                .doesNotContain("/remove");
        mvc.perform(post("/cultivation/pool/" + demo + "/2018/remove").with(user(analyst)).with(csrf())
                .param("reason", "无权")).andExpect(status().isForbidden());
        assertThat(page("/cultivation?year=2018&tier=POOL", official)).contains("data-enterprise-id=\"" + demo + "\"");
    }

    private String page(String path, AccountPrincipal reader) throws Exception {
        return html(mvc.perform(get(path).with(user(reader))).andExpect(status().isOk()).andReturn());
    }
}
