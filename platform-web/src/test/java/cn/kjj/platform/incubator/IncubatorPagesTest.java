package cn.kjj.platform.incubator;

import static cn.kjj.platform.portal.RegistryPageFixtures.ANALYST;
import static cn.kjj.platform.portal.RegistryPageFixtures.CITY_OFFICIAL;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.kjj.platform.PortalTest;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.portal.RegistryPageFixtures;
import cn.kjj.platform.region.RecognitionLevel;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@PortalTest
class IncubatorPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    IncubatorService service;

    RegistryPageFixtures fixtures;
    AccountPrincipal official;

    @BeforeEach
    void setUp() {
        fixtures = new RegistryPageFixtures(context);
        official = fixtures.principal(OFFICIAL);
    }

    @Test
    void anOfficialFindsTheDemoCarrierInASortableListWithItsFigures() throws Exception {
        String page = page("/incubators?q=江海区科技企业孵化器", official);

        assertThat(page).contains("<html lang=\"zh-CN\">")
                .contains("aria-current=\"page\">孵化载体</a>")
                .contains("江海区科技企业孵化器").contains("国家级").contains("120,000")
                .contains("aria-sort=\"ascending\"")
                .contains("href=\"/incubators?q=%E6%B1%9F%E6%B5%B7%E5%8C%BA%E7%A7%91%E6%8A%80%E4%BC%81%E4%B8%9A%E5%AD%B5%E5%8C%96%E5%99%A8&amp;sort=name,desc\"")
                .contains("共 1 个孵化载体")
                .contains("登记孵化载体");
    }

    @Test
    void aSearchThatFindsNothingSaysSoAndOffersToClearTheFilters() throws Exception {
        assertThat(page("/incubators?q=" + unique("没有"), official))
                .contains("没有符合条件的孵化载体").contains("清除条件").doesNotContain("<table");
    }

    @Test
    void aJianghaiOfficialGetsNotFoundForAPengjiangCarrierWhichTheCityOfficialSees() throws Exception {
        IncubatorView pengjiang = service.create(fixtures.principal("admin"), details(unique("蓬江孵化器"), "440703"));

        mvc.perform(get("/incubators/{id}", pengjiang.id()).with(user(official))).andExpect(status().isNotFound());
        assertThat(page("/incubators?q=" + pengjiang.name(), official)).contains("没有符合条件的孵化载体");
        assertThat(page("/incubators/" + pengjiang.id(), fixtures.principal(CITY_OFFICIAL)))
                .contains(pengjiang.name()).contains("蓬江区");
    }

    @Test
    void theFormShowsEachMistakeBesideItsFieldInChineseAndKeepsWhatWasTyped() throws Exception {
        MvcResult result = mvc.perform(post("/incubators").with(user(official)).with(csrf())
                        .param("name", " ").param("kind", "INCUBATOR").param("level", "DISTRICT")
                        .param("regionCode", "440704").param("operator", "原样保留的运营方")
                        .param("areaSqm", "abc").param("tenantCount", "-3"))
                .andExpect(status().isBadRequest()).andReturn();

        assertThat(html(result))
                .contains("请更正以下 3 处错误后再保存")
                .contains("id=\"name-error\">必填</p>")
                .contains("id=\"areaSqm-error\">须为数字，例如 150000.00</p>")
                .contains("id=\"tenantCount-error\">不能为负数</p>")
                .contains("value=\"abc\"").contains("value=\"原样保留的运营方\"")
                .contains("name=\"_csrf\"");
    }

    @Test
    void theSameMistakesReadInEnglishOnTheEnglishPage() throws Exception {
        MvcResult result = mvc.perform(post("/incubators").with(user(official)).with(csrf()).param("lang", "en")
                        .param("name", "x").param("kind", "INCUBATOR").param("level", "DISTRICT")
                        .param("regionCode", "440703").param("areaSqm", "1.234"))
                .andExpect(status().isBadRequest()).andReturn();

        assertThat(html(result)).contains("<html lang=\"en\">")
                .contains("id=\"areaSqm-error\">must have at most 2 decimals</p>")
                .contains("id=\"regionCode-error\">is outside your region</p>");
    }

    @Test
    void aSavedCarrierOpensWithItsHistoryAndAnEditChangesIt() throws Exception {
        String name = unique("众创空间");
        MvcResult created = mvc.perform(post("/incubators").with(user(official)).with(csrf())
                        .param("name", name).param("kind", "MAKERSPACE").param("level", "DISTRICT")
                        .param("regionCode", "440704").param("areaSqm", "1,500.5").param("tenantCount", "12"))
                .andExpect(redirectedUrlPattern("/incubators/*"))
                .andExpect(flash().attribute("notice", "已保存孵化载体“" + name + "”。")).andReturn();
        String location = created.getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        mvc.perform(post("/incubators/{id}/edit", id).with(user(official)).with(csrf())
                        .param("name", name).param("kind", "MAKERSPACE").param("level", "MUNICIPAL")
                        .param("regionCode", "440704").param("areaSqm", "1500.50").param("tenantCount", "12")
                        .param("version", "0"))
                .andExpect(redirectedUrlPattern("/incubators/*"));

        String detail = page(location, official);
        assertThat(detail).contains(name).contains("1,500.5").contains("市级")
                .contains("修改记录").contains("登记孵化载体").contains("修改孵化载体").contains("official.jianghai")
                .containsPattern("<th scope=\"row\">认定级别</th>\\s*<td class=\"history__before\"\\s*>区级</td>"
                        + "\\s*<td class=\"history__after\"\\s*>市级</td>");
        assertThat(detail.indexOf("修改孵化载体")).as("newest first").isLessThan(detail.indexOf("登记孵化载体"));
    }

    @Test
    void anEditFromAStaleFormIsRefusedWithAClearMessageAndTheTypedValuesStay() throws Exception {
        IncubatorView incubator = service.create(official, details(unique("加速器"), "440704"));
        service.update(official, incubator.id(), details(incubator.name() + " 改", "440704"), 0L);

        MvcResult result = mvc.perform(post("/incubators/{id}/edit", incubator.id()).with(user(official)).with(csrf())
                        .param("name", "旧表单里的名称").param("kind", "ACCELERATOR").param("level", "DISTRICT")
                        .param("regionCode", "440704").param("version", "0"))
                .andExpect(status().isConflict()).andReturn();

        assertThat(html(result)).contains("该记录在您打开表单后已被他人修改").contains("value=\"旧表单里的名称\"");
    }

    @Test
    void anAnalystReadsTheListWithoutFormsAndAnEnterpriseIsTurnedAway() throws Exception {
        AccountPrincipal analyst = fixtures.principal(ANALYST);

        assertThat(page("/incubators", analyst)).contains("孵化载体").doesNotContain("登记孵化载体");
        mvc.perform(get("/incubators/new").with(user(analyst))).andExpect(status().isForbidden());
        mvc.perform(post("/incubators").with(user(analyst)).with(csrf()).param("name", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/incubators").with(user(fixtures.principal(ENTERPRISE)))).andExpect(status().isForbidden());
    }

    private String page(String uri, AccountPrincipal who) throws Exception {
        return html(mvc.perform(get(uri).with(user(who))).andExpect(status().isOk()).andReturn());
    }

    private static IncubatorDetails details(String name, String region) {
        return new IncubatorDetails(name, IncubatorKind.ACCELERATOR, RecognitionLevel.DISTRICT, region, "运营方",
                new BigDecimal("100"), 1, 0, null);
    }
}
