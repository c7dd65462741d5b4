package cn.kjj.platform.statistics;

import static cn.kjj.platform.portal.RegistryPageFixtures.ANALYST;
import static cn.kjj.platform.portal.RegistryPageFixtures.CITY_OFFICIAL;
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
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The statistics pages. Tests that record figures use years of the 1990s of their own, which no
 * demo data and no other test use; the demo data hold Jianghai's 2022 figures.
 */
@PortalTest
class StatisticsPagesTest {

    private static final AtomicInteger YEARS = new AtomicInteger(1990);

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    RegistryPageFixtures fixtures;
    AccountPrincipal official;

    @BeforeEach
    void setUp() {
        fixtures = new RegistryPageFixtures(context);
        official = fixtures.principal(OFFICIAL);
    }

    @Test
    void aJianghaiOfficialSeesItsDistrictWithTheRdIntensityOf2022() throws Exception {
        String page = page("/statistics?from=2020&to=2024", official);

        assertThat(page).contains("aria-current=\"page\">区域统计</a>")
                .contains("江海区 2020–2024 年")
                .contains("5.71 %").contains("GDP 300.00 亿元").contains("研发 17.13 亿元")
                .contains("href=\"/statistics/440704/2022\"")
                .doesNotContain("蓬江区");
    }

    @Test
    void theCityOfficialSeesEveryDistrictAndATotalThatIsTheRatioOfTheSums() throws Exception {
        int year = YEARS.getAndIncrement();
        AccountPrincipal city = fixtures.principal(CITY_OFFICIAL);
        record(city, "440704", year, "300", "30", "公报");
        record(city, "440705", year, "700", "10", "公报");

        String page = page("/statistics?from=" + year + "&to=" + year, city);

        // 10.00 % and 1.43 % average to 5.71 %; the ratio of the sums is 40 / 1000 = 4.00 %
        assertThat(page).contains("江门市 " + year + "–" + year + " 年").contains("蓬江区").contains("恩平市")
                .contains("10.00 %").contains("1.43 %").contains("4.00 %").doesNotContain("5.71 %")
                .contains("7 个区（县）中 2 个有数据");
    }

    @Test
    void aRevisionKeepsTheEarlierFiguresWhichTheRevisionHistoryShowsWithTheirSources() throws Exception {
        int year = YEARS.getAndIncrement();
        record(official, "440704", year, "30,000,000,000", "1500000000", "统计年鉴 初步数")
                .andExpect(flash().attribute("notice", "已保存江海区 " + year + " 年的统计数据。"));
        record(official, "440704", year, "31500000000.00", "1798650000", "统计公报 最终核实数")
                .andExpect(flash().attribute("notice", "已修订江海区 " + year + " 年的统计数据，原数据已保留在修订记录中。"));

        String page = page("/statistics/440704/" + year, official);
        assertThat(page).contains("¥31,500,000,000.00").contains("5.71 %")
                .contains("统计年鉴 初步数").contains("统计公报 最终核实数").contains("5.00 %")
                .contains("江海区科技局审核员 (official.jianghai)").contains("现行")
                .contains("修订后，原来的数据仍保留在下方的修订记录中");
    }

    @Test
    void theFiguresFormShowsMistakesBesideTheFieldsInBothLanguages() throws Exception {
        int year = YEARS.getAndIncrement();

        MvcResult chinese = mvc.perform(post("/statistics/440704/{y}", year).with(user(official)).with(csrf())
                        .param("gdp", "abc").param("rdExpenditure", "-1").param("source", ""))
                .andExpect(status().isBadRequest()).andReturn();
        assertThat(html(chinese)).contains("id=\"gdp-error\">须为数字，例如 150000.00</p>")
                .contains("id=\"rdExpenditure-error\">金额不能为负数</p>")
                .contains("id=\"source-error\">必填</p>").contains("value=\"abc\"");

        MvcResult english = mvc.perform(post("/statistics/440704/{y}", year).with(user(official)).with(csrf())
                        .param("lang", "en").param("gdp", "100.001").param("rdExpenditure", "1").param("source", "x"))
                .andExpect(status().isBadRequest()).andReturn();
        assertThat(html(english)).contains("id=\"gdp-error\">must have at most 2 decimals</p>");
    }

    @Test
    void aCityHasNoFiguresOfItsOwnAndAnotherDistrictIsNotFound() throws Exception {
        mvc.perform(get("/statistics/440700/2022").with(user(fixtures.principal(CITY_OFFICIAL))))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/statistics/440703/2022").with(user(official))).andExpect(status().isNotFound());
        mvc.perform(post("/statistics/440703/2022").with(user(official)).with(csrf())
                        .param("gdp", "1").param("rdExpenditure", "1").param("source", "x"))
                .andExpect(status().isNotFound());
    }

    @Test
    void anAnalystReadsFiguresWithoutTheFormAndAnEnterpriseIsTurnedAway() throws Exception {
        AccountPrincipal analyst = fixtures.principal(ANALYST);

        assertThat(page("/statistics/440704/2022", analyst)).contains("5.71 %").doesNotContain("修订数据");
        mvc.perform(post("/statistics/440704/2022").with(user(analyst)).with(csrf()).param("gdp", "1"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/statistics").with(user(fixtures.principal(ENTERPRISE)))).andExpect(status().isForbidden());
    }

    private org.springframework.test.web.servlet.ResultActions record(AccountPrincipal who, String region, int year,
                                                                      String gdp, String rd, String source) throws Exception {
        return mvc.perform(post("/statistics/{r}/{y}", region, year).with(user(who)).with(csrf())
                        .param("gdp", gdp).param("rdExpenditure", rd).param("source", source))
                .andExpect(redirectedUrl("/statistics/" + region + "/" + year));
    }

    private String page(String uri, AccountPrincipal who) throws Exception {
        return html(mvc.perform(get(uri).with(user(who))).andExpect(status().isOk()).andReturn());
    }
}
