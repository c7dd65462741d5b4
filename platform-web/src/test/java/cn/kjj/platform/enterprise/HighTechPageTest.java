package cn.kjj.platform.enterprise;

import static cn.kjj.platform.enterprise.EnterpriseDetailPageTest.params;
import static cn.kjj.platform.enterprise.EnterprisePageFixtures.ANALYST;
import static cn.kjj.platform.enterprise.EnterprisePageFixtures.ENTERPRISE;
import static cn.kjj.platform.enterprise.EnterprisePageFixtures.JIANGHAI;
import static cn.kjj.platform.enterprise.EnterprisePageFixtures.OFFICIAL;
import static cn.kjj.platform.enterprise.EnterprisePageFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.kjj.platform.PortalTest;
import cn.kjj.platform.identity.AccountPrincipal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The enterprise's high-tech page: the conditions judged, the figures form, applying. */
@PortalTest
class HighTechPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    EnterprisePageFixtures fixtures;
    AccountPrincipal official;

    @BeforeEach
    void setUp() {
        fixtures = new EnterprisePageFixtures(context);
        official = fixtures.principal(OFFICIAL);
    }

    String html(String uri, AccountPrincipal who) throws Exception {
        return mvc.perform(get(uri).with(user(who))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    static Map<String, String> form() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("revenue", "45000000");
        form.put("salesRevenue", "44000000");
        form.put("highTechIncome", "30000000");
        form.put("rdExpense", "2300000");
        form.put("rdExpenseDomestic", "2300000");
        form.put("staff", "80");
        form.put("techStaff", "12");
        form.put("inventionPatents", "2");
        form.put("otherIp", "6");
        form.put("profit", "-300000");
        form.put("taxPaid", "410000");
        form.put("assets", "52000000");
        form.put("aboveScale", "true");
        return form;
    }

    @Test
    void theDemoEnterpriseSeesItsConditionsMetFromItsThreeYearsOfFiguresAndMayApply() throws Exception {
        AccountPrincipal clerk = fixtures.principal(ENTERPRISE);

        String page = html("/enterprises/" + clerk.enterpriseId() + "/high-tech", clerk);

        assertThat(page).contains("近三年研发费用占销售收入比例").contains("境内研发费用占研发费用总额比例")
                .contains("criterion-met").contains("无法判定")
                .contains("action=\"/enterprises/" + clerk.enterpriseId() + "/high-tech/apply\"");
        String row = page.substring(page.indexOf("data-code=\"RD_EXPENSE_SHARE\""));
        assertThat(row.substring(0, row.indexOf("</tr>"))).contains("criterion-met").contains("≥ 4.00 %");
    }

    @Test
    void figuresWithMistakesShowBesideTheirFieldsAndNothingIsStoredThenTheRightOnesAreSaved() throws Exception {
        EnterpriseView enterprise = fixtures.enterprise(unique("高企页"), JIANGHAI);
        int year = EnterprisePageFixtures.today().getYear() - 1;
        Map<String, String> wrong = new LinkedHashMap<>(form());
        wrong.put("rdExpenseDomestic", "2300000.01");
        wrong.put("staff", "八十");

        String page = mvc.perform(post("/enterprises/" + enterprise.id() + "/high-tech/figures/" + year)
                        .params(params(wrong)).with(user(official)).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"staff-error\">须为整数")
                .contains("id=\"rdExpenseDomestic-error\">境内研发费用不能超过研发费用总额");
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        assertThat(jdbc.sql("select count(*) from enterprise_annual_figures where enterprise_id = ?")
                .param(enterprise.id()).query(Long.class).single()).isZero();

        mvc.perform(post("/enterprises/" + enterprise.id() + "/high-tech/figures/" + year).params(params(form()))
                        .with(user(official)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", year + " 年度经营数据已保存。"));
        assertThat(html("/enterprises/" + enterprise.id() + "/high-tech?year=" + year, official))
                .contains("45,000,000.00").contains("value=\"2300000.00\"");
    }

    @Test
    void applyingTwiceInOneBatchSaysItIsAlreadyThere() throws Exception {
        EnterpriseView enterprise = fixtures.enterprise(unique("高企申报"), JIANGHAI);
        String apply = "/enterprises/" + enterprise.id() + "/high-tech/apply";

        mvc.perform(post(apply).with(user(official)).with(csrf())).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "已提交 " + EnterprisePageFixtures.today().getYear()
                        + " 年度高新技术企业认定申请。"));
        mvc.perform(post(apply).with(user(official)).with(csrf())).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", "该企业已在 " + EnterprisePageFixtures.today().getYear()
                        + " 年度批次提出申请"));
        assertThat(html("/enterprises/" + enterprise.id() + "/high-tech", official)).contains("已提交");
    }

    @Test
    void theAnalystReadsThePageWithoutTheFormAndAnOfficialOfAnotherDistrictGets404() throws Exception {
        EnterpriseView enterprise = fixtures.enterprise(unique("高企只读"), JIANGHAI);

        String page = html("/enterprises/" + enterprise.id() + "/high-tech", fixtures.principal(ANALYST));

        assertThat(page).contains("认定条件").doesNotContain("figures-form").doesNotContain("apply-high-tech");
        EnterpriseView pengjiang = fixtures.enterprise(unique("高企蓬江"), EnterprisePageFixtures.PENGJIANG);
        mvc.perform(get("/enterprises/" + pengjiang.id() + "/high-tech").with(user(official)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/enterprises/" + pengjiang.id() + "/high-tech/apply").with(user(official)).with(csrf()))
                .andExpect(status().isNotFound());
    }
}
