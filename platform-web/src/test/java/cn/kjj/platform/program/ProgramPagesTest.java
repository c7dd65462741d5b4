package cn.kjj.platform.program;

import static cn.kjj.platform.portal.RegistryPageFixtures.ADMIN;
import static cn.kjj.platform.portal.RegistryPageFixtures.DEMO_ENTERPRISE_CODE;
import static cn.kjj.platform.portal.RegistryPageFixtures.DEMO_ENTERPRISE_NAME;
import static cn.kjj.platform.portal.RegistryPageFixtures.ENTERPRISE;
import static cn.kjj.platform.portal.RegistryPageFixtures.OFFICIAL;
import static cn.kjj.platform.portal.RegistryPageFixtures.html;
import static cn.kjj.platform.portal.RegistryPageFixtures.unique;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@PortalTest
class ProgramPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    ProgramService service;

    @Autowired
    ProgramQueries queries;

    RegistryPageFixtures fixtures;
    AccountPrincipal official;

    @BeforeEach
    void setUp() {
        fixtures = new RegistryPageFixtures(context);
        official = fixtures.principal(OFFICIAL);
    }

    @Test
    void aProgramShowsItsBudgetWhatIsAwardedWhatRemainsAndABar() throws Exception {
        ProgramView program = program("1000000.00");
        award(program, "250000.00");

        assertThat(page("/programs/" + program.id(), official))
                .contains("¥1,000,000.00").contains("¥250,000.00").contains("¥750,000.00")
                .containsPattern("<progress id=\"budget-bar\" class=\"budget__bar\" max=\"1000000\\.00\"\\s+value=\"250000\\.00\"")
                .contains(DEMO_ENTERPRISE_NAME).contains("新增资助").contains("剩余预算 ¥750,000.00");
    }

    @Test
    void anAwardWithinTheBudgetIsBookedAndListed() throws Exception {
        ProgramView program = program("1000.00");

        mvc.perform(post("/programs/{id}/awards", program.id()).with(user(official)).with(csrf())
                        .param("enterpriseCreditCode", DEMO_ENTERPRISE_CODE).param("amount", "1000")
                        .param("awardedOn", "2023-07-01").param("note", "全额兑付"))
                .andExpect(redirectedUrl("/programs/" + program.id()))
                .andExpect(flash().attribute("notice", "已向 " + DEMO_ENTERPRISE_NAME + " 资助 ¥1,000.00。"));

        assertThat(queries.get(official, program.id()).remainingBudget()).isEqualByComparingTo("0");
        assertThat(page("/programs/" + program.id(), official)).contains("全额兑付").contains("2023年7月1日");
    }

    @Test
    void anAwardBeyondTheRemainingBudgetIsRefusedWithAClearMessage() throws Exception {
        ProgramView program = program("1000.00");
        award(program, "999.00");

        MvcResult refused = mvc.perform(post("/programs/{id}/awards", program.id()).with(user(official)).with(csrf())
                        .param("enterpriseCreditCode", DEMO_ENTERPRISE_CODE).param("amount", "2.00")
                        .param("awardedOn", "2023-07-01"))
                .andExpect(status().isConflict()).andReturn();

        assertThat(html(refused)).contains("未能资助：").contains("资助 2.00 元超出剩余预算 1.00 元。")
                .contains("value=\"2.00\"").contains("剩余预算 ¥1.00");
        assertThat(queries.get(official, program.id()).awardedTotal()).isEqualByComparingTo("999.00");

        MvcResult english = mvc.perform(post("/programs/{id}/awards", program.id()).with(user(official)).with(csrf())
                        .param("lang", "en").param("enterpriseCreditCode", DEMO_ENTERPRISE_CODE).param("amount", "2")
                        .param("awardedOn", "2023-07-01"))
                .andExpect(status().isConflict()).andReturn();
        assertThat(html(english)).contains("Not awarded:")
                .contains("An award of 2.00 yuan exceeds the remaining budget of 1.00 yuan.");
    }

    @Test
    void theAwardFormNamesEveryMistakeBesideItsField() throws Exception {
        ProgramView program = program("1000.00");

        MvcResult result = mvc.perform(post("/programs/{id}/awards", program.id()).with(user(official)).with(csrf())
                        .param("enterpriseCreditCode", "91350100M000100Y43").param("amount", "12.345")
                        .param("awardedOn", ""))
                .andExpect(status().isBadRequest()).andReturn();

        assertThat(html(result))
                .contains("id=\"enterpriseCreditCode-error\">没有这个企业</p>")
                .contains("id=\"amount-error\">金额最多保留两位小数</p>")
                .contains("id=\"awardedOn-error\">必填</p>");
        assertThat(queries.get(official, program.id()).awardedTotal()).isZero();
    }

    @Test
    void theProgramFormRefusesAFarYearAndThreeDecimalsBesideTheFields() throws Exception {
        MvcResult result = mvc.perform(post("/programs").with(user(official)).with(csrf())
                        .param("name", unique("项目")).param("kind", "SUBSIDY").param("regionCode", "440704")
                        .param("year", "2999").param("budget", "100.005"))
                .andExpect(status().isBadRequest()).andReturn();

        assertThat(html(result)).contains("id=\"year-error\">年份超出允许范围</p>")
                .contains("id=\"budget-error\">金额最多保留两位小数</p>").contains("value=\"100.005\"");
    }

    @Test
    void anEnterpriseSeesProgramsAndItsOwnAwardsButNoFormsAndNoHistory() throws Exception {
        ProgramView program = program("1000.00");
        award(program, "100.00");
        AccountPrincipal enterprise = fixtures.principal(ENTERPRISE);

        assertThat(page("/programs?q=" + program.name(), enterprise)).contains(program.name())
                .doesNotContain("新建政策项目");
        assertThat(page("/programs/" + program.id(), enterprise)).contains(DEMO_ENTERPRISE_NAME)
                .doesNotContain("新增资助").doesNotContain("修改记录");
        mvc.perform(post("/programs/{id}/awards", program.id()).with(user(enterprise)).with(csrf())
                        .param("enterpriseCreditCode", DEMO_ENTERPRISE_CODE).param("amount", "1"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theListFiltersByYearAndSortsByBudget() throws Exception {
        String tag = unique("排序");
        ProgramView small = program(tag + " 小", "10.00");
        ProgramView large = program(tag + " 大", "20.00");

        String page = page("/programs?q=" + tag + "&year=2023&sort=budget,desc", official);
        assertThat(page.indexOf(large.name())).isPositive().isLessThan(page.indexOf(small.name()));
        assertThat(page).contains("aria-sort=\"descending\"");
    }

    private ProgramView program(String budget) {
        return program(unique("测试项目"), budget);
    }

    private ProgramView program(String name, String budget) {
        return service.create(official, new ProgramDetails(name, ProgramKind.INNOVATION_VOUCHER, "440704", 2023,
                new BigDecimal(budget), "门户测试"));
    }

    private void award(ProgramView program, String amount) {
        long enterpriseId = queries.enterpriseIdByCreditCode(DEMO_ENTERPRISE_CODE).orElseThrow();
        service.award(fixtures.principal(ADMIN), program.id(),
                new NewAward(enterpriseId, new BigDecimal(amount), LocalDate.of(2023, 6, 30), "门户测试"));
    }

    private String page(String uri, AccountPrincipal who) throws Exception {
        return html(mvc.perform(get(uri).with(user(who))).andExpect(status().isOk()).andReturn());
    }
}
