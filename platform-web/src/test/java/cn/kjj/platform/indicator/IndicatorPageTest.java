package cn.kjj.platform.indicator;

import static cn.kjj.platform.portal.RegistryPageFixtures.ANALYST;
import static cn.kjj.platform.portal.RegistryPageFixtures.ENTERPRISE;
import static cn.kjj.platform.portal.RegistryPageFixtures.OFFICIAL;
import static cn.kjj.platform.portal.RegistryPageFixtures.html;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.kjj.platform.PortalTest;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.portal.RegistryPageFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** The indicators page: the demo data hold Jianghai's (440704) 2022 GDP and R&D expenditure. */
@PortalTest
class IndicatorPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    RegistryPageFixtures fixtures;
    AccountPrincipal analyst;

    @BeforeEach
    void setUp() {
        fixtures = new RegistryPageFixtures(context);
        analyst = fixtures.principal(ANALYST);
    }

    @Test
    void anAnalystSeesEveryIndicatorAsATableWithJianghaisRdIntensityOf2022() throws Exception {
        String page = page("/indicators?region=440704&from=2022&to=2022&period=QUARTER", analyst);

        assertThat(page).contains("aria-current=\"page\">科技指标</a>")
                .contains("研发经费投入强度").contains("技术合同成交额（技术输出）").contains("高新技术企业数")
                .contains("创新平台").contains("科技计划资金")
                .contains("5.71 %").contains("1,713,000,000.00").contains("30,000,000,000.00")
                .contains("data-period=\"2022\" data-value=\"0.057100\"")
                .contains("2022-Q1").contains("2022-Q4")
                .contains("href=\"/api/v1/indicators/rd-intensity?region=440704&amp;from=2022&amp;to=2022&amp;format=csv\"")
                .contains("href=\"/api/v1/indicators/contract-turnover?region=440704&amp;from=2022-01-01&amp;to=2022-12-31"
                        + "&amp;period=QUARTER&amp;perspective=SELLER&amp;format=csv\"")
                .contains("href=\"/api/v1/indicators/contract-turnover/lineage?region=440704&amp;period=2022-Q2&amp;perspective=SELLER\"")
                .contains("href=\"/api/v1/indicators/high-tech-enterprises?region=440704&amp;from=2022&amp;to=2022&amp;format=csv\"")
                .contains("href=\"/api/v1/indicators/innovation-platforms?region=440704&amp;format=csv\"")
                .contains("href=\"/api/v1/indicators/program-funding?region=440704&amp;from=2022&amp;to=2022&amp;format=csv\"");
    }

    @Test
    void theTechnologyMatchingSectionShowsTheDemoMeetingsContractsAndTheirTurnoverWithLineageAndCsv() throws Exception {
        int to = java.time.LocalDate.now().getYear();
        IndicatorPoint.Matching busiest = context.getBean(IndicatorService.class)
                .technologyMatching("440704", to - 4, to).series().stream()
                .max(java.util.Comparator.comparingLong(IndicatorPoint.Matching::contractsSigned)).orElseThrow();
        assertThat(busiest.contractsSigned()).as("the demo data's contract outcomes").isPositive();

        String page = page("/indicators?region=440704&from=" + (to - 4) + "&to=" + to, analyst);

        String money = context.getBean(IndicatorLabels.class).money(busiest.turnover(), java.util.Locale.CHINA);
        assertThat(page).contains("<h2 id=\"h-matching\">技术供需对接</h2>").contains("id=\"table-matching\"")
                .contains("<th scope=\"row\">" + busiest.period() + "</th>\n          <td class=\"num\">"
                        + busiest.demandsPublished() + "</td>")
                .contains("<td class=\"num\">" + money + "</td>")
                .contains("href=\"/api/v1/indicators/technology-matching/lineage?region=440704&amp;period="
                        + busiest.period() + "\"")
                .contains("href=\"/api/v1/indicators/technology-matching?region=440704&amp;from=" + (to - 4)
                        + "&amp;to=" + to + "&amp;format=csv\"");
    }

    @Test
    void theChartsComeFromTheEchartsWebJarAndIndicatorsJsWhichThePortalServes() throws Exception {
        String page = page("/indicators?region=440704&from=2021&to=2023", analyst);

        assertThat(page).contains("<script src=\"/webjars/echarts/5.5.0/echarts.min.js\" defer></script>")
                .contains("<script src=\"/js/indicators.js\" defer></script>")
                .contains("class=\"chart chart--line\" id=\"chart-rd\" data-chart=\"percent-line\"");
        mvc.perform(get("/webjars/echarts/5.5.0/echarts.min.js")).andExpect(status().isOk());
        mvc.perform(get("/js/indicators.js")).andExpect(status().isOk());
    }

    @Test
    void thePageIsInEnglishWithLangEn() throws Exception {
        String page = page("/indicators?region=440704&from=2022&to=2022&lang=en", analyst);

        assertThat(page).contains("R&amp;D intensity").contains("Technology contract turnover (Technology output (seller))")
                .contains("High-tech enterprises").contains("Download CSV").contains("5.71 %");
    }

    @Test
    void anOfficialSeesItsOwnRegionByDefault() throws Exception {
        String page = page("/indicators?from=2022&to=2022", fixtures.principal(OFFICIAL));

        assertThat(page).contains("region=440704&amp;from=2022").contains("5.71 %");
    }

    @Test
    void anEnterpriseMayNotOpenThePage() throws Exception {
        mvc.perform(get("/indicators").with(user(fixtures.principal(ENTERPRISE)))).andExpect(status().isForbidden());
    }

    @Test
    void anUnknownRegionOrABadRangeIsAMessageOnThePageNotAnErrorPage() throws Exception {
        assertThat(page("/indicators?region=999999", analyst)).contains("无法显示所选指标")
                .doesNotContain("id=\"table-rd\"");
        assertThat(page("/indicators?region=440704&from=2024&to=2020", analyst)).contains("无法显示所选指标")
                .contains("截止年份");
        assertThat(page("/indicators?region=440704&from=abc&lang=en", analyst))
                .contains("From year: must be a four-digit year such as 2023");
    }

    private String page(String url, AccountPrincipal who) throws Exception {
        return html(mvc.perform(get(url).with(user(who))).andExpect(status().isOk()).andReturn());
    }
}
