package cn.kjj.platform.enterprise;

import static cn.kjj.platform.enterprise.EnterpriseDetailPageTest.params;
import static cn.kjj.platform.enterprise.EnterprisePageFixtures.ANALYST;
import static cn.kjj.platform.enterprise.EnterprisePageFixtures.ENTERPRISE;
import static cn.kjj.platform.enterprise.EnterprisePageFixtures.JIANGHAI;
import static cn.kjj.platform.enterprise.EnterprisePageFixtures.OFFICIAL;
import static cn.kjj.platform.enterprise.EnterprisePageFixtures.PENGJIANG;
import static cn.kjj.platform.enterprise.EnterprisePageFixtures.unique;
import static cn.kjj.platform.enterprise.EnterprisePageFixtures.validForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.kjj.platform.PortalTest;
import cn.kjj.platform.identity.AccountPrincipal;
import jakarta.servlet.http.Cookie;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Entering and correcting enterprises in the portal: inline errors in the reader's language, typed values kept. */
@PortalTest
class EnterpriseFormPageTest {

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

    @Test
    void theNewFormOffersTheOfficialsDistrictsWithCsrfProtection() throws Exception {
        String page = mvc.perform(get("/enterprises/new").with(user(official)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("action=\"/enterprises\"").contains("name=\"_csrf\"")
                .contains("<option value=\"440704\" selected=\"selected\">江海区 (440704)</option>")
                .doesNotContain("value=\"440703\"");
    }

    @Test
    void anOfficialEntersAnEnterpriseAndLandsOnItsPage() throws Exception {
        String name = unique("新登记") + "有限公司";

        MvcResult result = mvc.perform(post("/enterprises").params(params(validForm(name, JIANGHAI)))
                        .with(user(official)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "已登记企业“" + name + "”。"))
                .andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).matches("/enterprises/\\d+");
        assertThat(fixtures.count("select count(*) from enterprise where name = ?", name)).isEqualTo(1);
    }

    @Test
    void mistakesComeBackBesideTheirFieldsInChineseWithWhatWasTyped() throws Exception {
        String name = unique("有误");
        Map<String, String> form = validForm(name, JIANGHAI);
        form.put("creditCode", "91440704MA4WJH011C");
        form.put("employees", "八十");
        form.put("rdStaff", "90");
        form.put("revenue", "1.234");
        form.put("foundedOn", "2016-13-40");

        String page = mvc.perform(post("/enterprises").params(params(form)).with(user(official)).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("请更正以下错误后再保存")
                .contains("id=\"creditCode-error\">统一社会信用代码无效")
                .contains("id=\"employees-error\">须为整数")
                .contains("id=\"revenue-error\">金额最多保留两位小数")
                .contains("id=\"foundedOn-error\">请按 年-月-日 填写日期")
                .contains("value=\"八十\"").contains("value=\"91440704MA4WJH011C\"").contains("value=\"" + name + "\"")
                .contains("aria-invalid=\"true\"");
        assertThat(fixtures.count("select count(*) from enterprise where name = ?", name)).isZero();
    }

    @Test
    void theSameMistakesAreExplainedInEnglish() throws Exception {
        Map<String, String> form = validForm("", JIANGHAI);
        form.put("creditCode", "123");
        form.put("employees", "eighty");

        String page = mvc.perform(post("/enterprises").params(params(form)).cookie(new Cookie("lang", "en"))
                        .with(user(official)).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<html lang=\"en\">")
                .contains("id=\"name-error\">is required")
                .contains("id=\"creditCode-error\">is not a valid unified social credit code")
                .contains("id=\"employees-error\">must be a whole number");
    }

    @Test
    void aCreditCodeAlreadyRegisteredIsShownBesideTheField() throws Exception {
        EnterpriseView existing = fixtures.enterprise(unique("已有"), JIANGHAI);
        Map<String, String> form = validForm(unique("重复"), JIANGHAI);
        form.put("creditCode", existing.creditCode().toLowerCase());

        String page = mvc.perform(post("/enterprises").params(params(form)).with(user(official)).with(csrf()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"creditCode-error\">统一社会信用代码 " + existing.creditCode() + " 已登记过企业");
    }

    @Test
    void anOfficialCannotEnterAnEnterpriseOutsideItsRegion() throws Exception {
        String name = unique("越界");

        String page = mvc.perform(post("/enterprises").params(params(validForm(name, PENGJIANG)))
                        .with(user(official)).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"regionCode-error\">只能登记您负责区域内的企业");
        assertThat(fixtures.count("select count(*) from enterprise where name = ?", name)).isZero();
    }

    @Test
    void anEditFromAStaleFormIsRefusedAndKeepsWhatWasTyped() throws Exception {
        EnterpriseView enterprise = fixtures.enterprise(unique("并发"), JIANGHAI);
        Map<String, String> form = validForm(enterprise.name(), JIANGHAI);
        form.put("creditCode", enterprise.creditCode());
        form.put("version", String.valueOf(enterprise.version()));
        form.put("industry", "先改的人");
        mvc.perform(post("/enterprises/{id}/edit", enterprise.id()).params(params(form)).with(user(official)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        form.put("industry", "后改的人");

        String page = mvc.perform(post("/enterprises/{id}/edit", enterprise.id()).params(params(form))
                        .with(user(official)).with(csrf()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("该企业刚被他人修改").contains("value=\"后改的人\"");
    }

    @Test
    void theEditFormIsFilledWithTheRecord() throws Exception {
        EnterpriseView enterprise = fixtures.enterprise(unique("修改"), JIANGHAI);

        String page = mvc.perform(get("/enterprises/{id}/edit", enterprise.id()).with(user(official)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("修改企业信息").contains("value=\"" + enterprise.creditCode() + "\"")
                .contains("name=\"version\" value=\"0\"").contains("value=\"52000000.00\"");
    }

    @Test
    void analystsAndEnterprisesMayNotEnterOrEditEnterprises() throws Exception {
        EnterpriseView enterprise = fixtures.enterprise(unique("只读"), JIANGHAI);
        for (String username : new String[] {ANALYST, ENTERPRISE}) {
            AccountPrincipal reader = fixtures.principal(username);
            mvc.perform(get("/enterprises/new").with(user(reader))).andExpect(status().isForbidden());
            mvc.perform(post("/enterprises").params(params(validForm(unique("x"), JIANGHAI))).with(user(reader))
                    .with(csrf())).andExpect(status().isForbidden());
        }
        mvc.perform(get("/enterprises/{id}/edit", enterprise.id()).with(user(fixtures.principal(ANALYST))))
                .andExpect(status().isForbidden());
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefused() throws Exception {
        String name = unique("无令牌");

        mvc.perform(post("/enterprises").params(params(validForm(name, JIANGHAI))).with(user(official)))
                .andExpect(status().isForbidden());

        assertThat(fixtures.count("select count(*) from enterprise where name = ?", name)).isZero();
    }
}
