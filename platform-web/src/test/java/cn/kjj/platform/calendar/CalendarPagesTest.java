package cn.kjj.platform.calendar;

import static cn.kjj.platform.portal.RegistryPageFixtures.ADMIN;
import static cn.kjj.platform.portal.RegistryPageFixtures.ENTERPRISE;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The calendar page and the rule profiles page; changes are made in 2031 and removed afterwards. */
@PortalTest
class CalendarPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    RegistryPageFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new RegistryPageFixtures(context);
    }

    @AfterEach
    void cleanUp() {
        jdbc.sql("delete from calendar_exception where extract(year from day) = 2031").update();
        jdbc.sql("delete from contract_rule_region").update();
    }

    @Test
    void anOfficialReadsThe2026ScheduleWithoutTheForm() throws Exception {
        String page = html(mvc.perform(get("/calendar?year=2026").with(user(fixtures.principal(OFFICIAL))))
                .andExpect(status().isOk()).andReturn());

        assertThat(page).contains("2026 年工作日历").contains("春节").contains("调休上班").contains("2026-02-28")
                .contains("aria-current=\"page\">工作日历</a>").doesNotContain("calendar-form").doesNotContain("删除");
        mvc.perform(get("/calendar").with(user(fixtures.principal(ENTERPRISE)))).andExpect(status().isForbidden());
        mvc.perform(post("/calendar").with(user(fixtures.principal(OFFICIAL))).with(csrf())
                .param("date", "2031-03-04").param("kind", "HOLIDAY").param("name", "测试"))
                .andExpect(status().isForbidden());
    }

    @Test
    void anAdministratorAddsAndRemovesADayAndSeesMistakesBesideTheFields() throws Exception {
        AccountPrincipal admin = fixtures.principal(ADMIN);
        MvcResult wrong = mvc.perform(post("/calendar").with(user(admin)).with(csrf())
                        .param("date", "2031-02-30").param("kind", "WORKDAY").param("name", ""))
                .andExpect(status().isBadRequest()).andReturn();
        assertThat(html(wrong)).contains("id=\"date-error\">须为有效日期</p>").contains("id=\"name-error\">必填</p>");
        MvcResult weekday = mvc.perform(post("/calendar").with(user(admin)).with(csrf())
                        .param("date", "2031-03-04").param("kind", "WORKDAY").param("name", "调休"))
                .andExpect(status().isBadRequest()).andReturn();
        assertThat(html(weekday)).contains("id=\"kind-error\">周一至周五本来就是工作日");
        assertThat(count()).isZero();

        mvc.perform(post("/calendar").with(user(admin)).with(csrf())
                        .param("date", "2031-03-04").param("kind", "HOLIDAY").param("name", "测试假日"))
                .andExpect(redirectedUrl("/calendar?year=2031"));
        assertThat(html(mvc.perform(get("/calendar?year=2031").with(user(admin))).andReturn()))
                .contains("测试假日").contains("calendar-form");

        mvc.perform(post("/calendar/2031-03-04/delete").with(user(admin)).with(csrf()))
                .andExpect(redirectedUrl("/calendar?year=2031"));
        assertThat(count()).isZero();
    }

    @Test
    void anAdministratorChoosesAnOfficesRuleProfile() throws Exception {
        AccountPrincipal admin = fixtures.principal(ADMIN);
        assertThat(html(mvc.perform(get("/admin/contract-rules").with(user(admin))).andExpect(status().isOk())
                .andReturn())).contains("恩平市").contains("15 个工作日（大额 30 个工作日）");

        MvcResult wrong = mvc.perform(post("/admin/contract-rules/440785").with(user(admin)).with(csrf())
                .param("profile", "BEIJING")).andExpect(status().isBadRequest()).andReturn();
        assertThat(html(wrong)).contains("id=\"profile-440785-error\"");

        mvc.perform(post("/admin/contract-rules/440785").with(user(admin)).with(csrf()).param("profile", "MEASURES_2000"))
                .andExpect(redirectedUrl("/admin/contract-rules"));
        assertThat(html(mvc.perform(get("/admin/contract-rules").with(user(admin))).andReturn()))
                .contains("30 日（大额 30 日）");
        mvc.perform(get("/admin/contract-rules").with(user(fixtures.principal(OFFICIAL))))
                .andExpect(status().isForbidden());
    }

    @Test
    void aSubmittedContractShowsTheRulesItIsJudgedUnder() throws Exception {
        long id = jdbc.sql("select min(id) from technology_contract where status = 'SUBMITTED'").query(Long.class).single();

        assertThat(html(mvc.perform(get("/contracts/{id}", id).with(user(fixtures.principal(ADMIN)))).andReturn()))
                .contains("<dt>登记规则</dt>").contains("class=\"rule-profile\">本局现行规则</dd>");
    }

    private long count() {
        return jdbc.sql("select count(*) from calendar_exception where extract(year from day) = 2031")
                .query(Long.class).single();
    }
}
