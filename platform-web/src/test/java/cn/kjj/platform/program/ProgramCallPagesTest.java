package cn.kjj.platform.program;

import static cn.kjj.platform.portal.RegistryPageFixtures.ANALYST;
import static cn.kjj.platform.portal.RegistryPageFixtures.ENTERPRISE;
import static cn.kjj.platform.portal.RegistryPageFixtures.OFFICIAL;
import static cn.kjj.platform.portal.RegistryPageFixtures.html;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.kjj.platform.PortalTest;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.portal.RegistryPageFixtures;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Calls in the portal (decision 0042): an official publishes one on a program with his mistakes beside
 * the fields and closes it; an enterprise sees the calls it may apply to on its home and its calls page.
 * And the experts registry's page, where an official opens an expert's sign-in account.
 */
@PortalTest
class ProgramCallPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    RegistryPageFixtures fixtures;
    AccountPrincipal official;
    AccountPrincipal clerk;
    long program;

    @BeforeEach
    void setUp() {
        fixtures = new RegistryPageFixtures(context);
        official = fixtures.principal(OFFICIAL);
        clerk = fixtures.principal(ENTERPRISE);
        program = jdbc.sql("select id from program where name = ?")
                .param(LocalDate.now().getYear() + "年江海区科技计划项目").query(Long.class).single();
    }

    @Test
    void anOfficialPublishesACallWithHisMistakesBesideTheFieldsAndTheEnterpriseSeesItUntilItIsClosed()
            throws Exception {
        String programPage = "/programs/" + program;
        assertThat(page(programPage, official)).contains("href=\"" + programPage + "/calls/new\"");
        assertThat(page(programPage + "/calls/new", official)).contains("发布申报指南").contains("申报条件");

        String refused = html(mvc.perform(post(programPage + "/calls").with(user(official)).with(csrf())
                        .param("title", "").param("opensOn", "2026-13-01").param("closesOn", "2026-01-01")
                        .param("budget", "十万").param("eligibility", "ANY").param("requiredDocuments", "项目申报书"))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(refused).contains("id=\"title-error\"").contains("id=\"opensOn-error\"")
                .contains("id=\"budget-error\"").contains("aria-invalid=\"true\"").contains("项目申报书");

        String title = RegistryPageFixtures.unique("门户申报指南");
        LocalDate today = LocalDate.now();
        mvc.perform(post(programPage + "/calls").with(user(official)).with(csrf()).param("title", title)
                        .param("opensOn", today.minusDays(1).toString()).param("closesOn", today.plusDays(20).toString())
                        .param("budget", "800000").param("eligibility", "ANY")
                        .param("requiredDocuments", "项目申报书\n\n营业执照 ").param("guidelines", "支持智能制造"))
                .andExpect(redirectedUrl(programPage))
                .andExpect(flash().attribute("notice", "已发布申报指南“" + title + "”。"));
        long call = jdbc.sql("select id from program_call where title = ?").param(title).query(Long.class).single();
        assertThat(jdbc.sql("select array_to_string(required_documents, '|') from program_call where id = ?")
                .param(call).query(String.class).single()).isEqualTo("项目申报书|营业执照");

        assertThat(page("/program-calls", clerk)).contains(title).contains("/program-calls/" + call + "/apply");
        assertThat(page("/", clerk)).contains("可申报的指南").contains(title);
        mvc.perform(get("/program-calls").with(user(official))).andExpect(status().isForbidden());
        mvc.perform(post("/program-calls/" + call + "/close").with(user(clerk)).with(csrf()))
                .andExpect(status().isForbidden());

        mvc.perform(post("/program-calls/" + call + "/close").with(user(official)).with(csrf()))
                .andExpect(redirectedUrl(programPage))
                .andExpect(flash().attribute("notice", "申报指南“" + title + "”已截止受理。"));
        assertThat(page("/program-calls", clerk)).doesNotContain(title);
        mvc.perform(post("/program-calls/" + call + "/apply").with(user(clerk)).with(csrf())
                        .param("title", "截止后申报").param("requestedAmount", "1000"))
                .andExpect(status().isConflict());
        mvc.perform(post("/program-calls/" + call + "/close").with(user(official)).with(csrf()))
                .andExpect(redirectedUrl(programPage))
                .andExpect(flash().attribute("error", "申报指南“" + title + "”已不在受理期。"));
    }

    @Test
    void aCallForTechnologySmesOfThisYearIsNotOfferedToAnEnterpriseThatIsNotOne() throws Exception {
        String title = RegistryPageFixtures.unique("科技型中小企业专项");
        LocalDate today = LocalDate.now();
        mvc.perform(post("/programs/" + program + "/calls").with(user(official)).with(csrf()).param("title", title)
                        .param("opensOn", today.toString()).param("closesOn", today.plusDays(5).toString())
                        .param("budget", "100000").param("eligibility", "TECH_SME"))
                .andExpect(redirectedUrl("/programs/" + program));
        boolean smeThisYear = jdbc.sql("select exists (select 1 from tech_sme where enterprise_id = ? and year = ?)")
                .params(clerk.enterpriseId(), today.getYear()).query(Boolean.class).single();

        assertThat(page("/program-calls", clerk).contains(title)).isEqualTo(smeThisYear);
    }

    @Test
    void anOfficialOpensAnExpertsAccountOnHisRegistryPageAndAnAnalystOnlyReadsIt() throws Exception {
        long expert = context.getBean(ExpertService.class).create(official, new ExpertDetails(
                RegistryPageFixtures.unique("登记专家"), "五邑大学", null, "新材料", "440704")).id();
        String uri = "/experts/" + expert;
        assertThat(page(uri, official)).contains("登录账号").contains("开通账号");
        assertThat(page(uri, fixtures.principal(ANALYST))).contains("尚未开通登录账号").doesNotContain("开通账号</button>");
        String username = RegistryPageFixtures.unique("expert.open").toLowerCase();

        String refused = html(mvc.perform(post(uri + "/account").with(user(official)).with(csrf())
                        .param("username", username).param("password", "short"))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(refused).contains("id=\"password-error\"").contains("value=\"" + username + "\"");
        assertThat(jdbc.sql("select count(*) from account where expert_id = ?").param(expert).query(Long.class)
                .single()).isZero();

        mvc.perform(post(uri + "/account").with(user(official)).with(csrf()).param("username", username)
                        .param("password", "Expert-open-password-5"))
                .andExpect(redirectedUrl(uri));
        assertThat(page(uri, official)).contains("已开通登录账号 " + username).doesNotContain("开通账号</button>");
        assertThat(fixtures.principal(username).roles()).containsExactly(cn.kjj.platform.identity.Role.EXPERT);
        mvc.perform(post(uri + "/account").with(user(fixtures.principal(ANALYST))).with(csrf())
                        .param("username", "x" + username).param("password", "Expert-open-password-5"))
                .andExpect(status().isForbidden());
        assertThat(page("/experts", official)).contains("评审专家库").contains("黄伟");
    }

    private String page(String uri, AccountPrincipal who) throws Exception {
        return html(mvc.perform(get(uri).with(user(who))).andExpect(status().isOk()).andReturn());
    }
}
