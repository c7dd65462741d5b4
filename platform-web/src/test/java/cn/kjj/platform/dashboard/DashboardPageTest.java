package cn.kjj.platform.dashboard;

import static cn.kjj.platform.portal.RegistryPageFixtures.ANALYST;
import static cn.kjj.platform.portal.RegistryPageFixtures.CITY_OFFICIAL;
import static cn.kjj.platform.portal.RegistryPageFixtures.ENTERPRISE;
import static cn.kjj.platform.portal.RegistryPageFixtures.OFFICIAL;
import static cn.kjj.platform.portal.RegistryPageFixtures.html;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.kjj.platform.PortalTest;
import cn.kjj.platform.contract.ContractPageFixtures;
import cn.kjj.platform.enterprise.EnterpriseFilter;
import cn.kjj.platform.enterprise.EnterpriseQueries;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.indicator.DataGeneration;
import cn.kjj.platform.indicator.IndicatorService;
import cn.kjj.platform.portal.PortalFormats;
import cn.kjj.platform.portal.RegistryPageFixtures;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The dashboard and annual report pages on the demo data. The demo data set changes, so figures
 * are compared with what the indicator service answers, never with fixed counts.
 */
@PortalTest
class DashboardPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    IndicatorService indicators;
    @Autowired
    PortalFormats formats;
    @Autowired
    EnterpriseQueries enterprises;
    @Autowired
    DataGeneration generation;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    RegistryPageFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new RegistryPageFixtures(context);
    }

    @Test
    void aDistrictOfficialSeesItsTilesWithTheIndicatorServicesFiguresAndTheListsBehindThem() throws Exception {
        int year = LocalDate.now().getYear();
        // this year's tile counts the enterprises certified today: the list it links to
        long stock = enterprises.count(fixtures.principal(OFFICIAL), new EnterpriseFilter("440704", null, true));

        String page = page("/dashboard", OFFICIAL);

        assertThat(page).contains("aria-current=\"page\">工作台</a>").contains("江海区 · " + year + " 年")
                .contains("id=\"tile-high-tech\" href=\"/enterprises?region=440704&amp;highTech=true\"")
                .contains(formats.count(stock) + " 家")
                .contains("href=\"/review?region=440704\"").contains("href=\"/review?region=440704&amp;overdue=true\"")
                .contains("href=\"/certifications/expiring?region=440704&amp;withinDays=180\"")
                .contains("href=\"/incubators?region=440704\"")
                .contains("id=\"table-trend\"").doesNotContain("id=\"table-comparison\"")
                .contains("<script src=\"/js/dashboard.js\" defer></script>");
    }

    @Test
    void theQueueAndTheContractListTheTilesLinkToKeepTheRegionFilter() throws Exception {
        String queue = page("/review?region=440704&overdue=true", OFFICIAL);
        assertThat(queue).contains("<input type=\"hidden\" name=\"region\" value=\"440704\">");
        String elsewhere = page("/contracts?status=REGISTERED&region=440703", OFFICIAL);
        assertThat(elsewhere).contains("name=\"region\" value=\"440703\"").doesNotContain("class=\"contract-row");
    }

    @Test
    void theDashboardSpeaksEnglishWithLangEn() throws Exception {
        String page = page("/dashboard?lang=en", OFFICIAL);

        assertThat(page).contains("<html lang=\"en\"").contains("High-tech enterprises").contains("R&amp;D intensity")
                .contains("Technology contract turnover").contains("High-tech certificates ending within 180 days");
    }

    @Test
    void aCityOfficialComparesItsDistricts() throws Exception {
        String page = page("/dashboard", CITY_OFFICIAL);

        assertThat(page).contains("江门市 · ").contains("id=\"table-comparison\"").contains("data-chart=\"comparison\"")
                .contains("href=\"/dashboard?region=440704&amp;year=").contains("恩平市");
    }

    @Test
    void aDistrictOfficialGetsNotFoundForAnotherDistrictAndAnEnterpriseIsForbidden() throws Exception {
        mvc.perform(get("/dashboard?region=440703").with(user(fixtures.principal(OFFICIAL))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/reports/annual?region=440703").with(user(fixtures.principal(OFFICIAL))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/reports/annual.pdf?region=440700").with(user(fixtures.principal(OFFICIAL))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/dashboard").with(user(fixtures.principal(ENTERPRISE)))).andExpect(status().isForbidden());
        mvc.perform(get("/reports/annual").with(user(fixtures.principal(ENTERPRISE)))).andExpect(status().isForbidden());
    }

    @Test
    void anUnreadableYearIsANoticeAndThisYearIsShown() throws Exception {
        int year = LocalDate.now().getYear();
        assertThat(page("/dashboard?year=abc", ANALYST)).contains("年份须为 1980 年至今年之间的四位数字")
                .contains("江门市 · " + year + " 年");
        assertThat(page("/dashboard?year=2999&lang=en", ANALYST)).contains("The year must be four digits");
    }

    @Test
    void theAnnualReportHasSentencesTablesAPdfLinkAndAPrintButton() throws Exception {
        int year = LocalDate.now().getYear() - 1;
        long stock = indicators.highTechEnterprises("440704", year, year).series().get(0).value();

        String page = page("/reports/annual?region=440704&year=" + year, OFFICIAL);

        assertThat(page).contains("江海区 " + year + " 年科技创新年度报告").contains("class=\"report__sentences\"")
                .contains(year + " 年")
                .contains("href=\"/reports/annual.pdf?region=440704&amp;year=" + year + "\"").contains("data-print")
                .contains("<td class=\"num\">" + formats.count(stock) + "</td>");
        String english = page("/reports/annual?region=440704&year=" + year + "&lang=en", OFFICIAL);
        assertThat(english).contains("Jianghai annual science and technology report " + year).contains("Highlights");
    }

    @Test
    void theReportPdfDownloadsForAnAnalyst() throws Exception {
        byte[] pdf = mvc.perform(get("/reports/annual.pdf?region=440700").with(user(fixtures.principal(ANALYST))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    @Test
    void theHomePagesReviewQueueCountsAContractSubmittedAMomentAgo() throws Exception {
        // the queue is counted on every render (a submission sends no notice to other nodes: decision 0063)
        long before = reviewCount(page("/", OFFICIAL));
        new ContractPageFixtures(context).fileForDemoEnterprise(ContractPageFixtures.unique("首页待审"), true);

        assertThat(reviewCount(page("/", OFFICIAL))).isEqualTo(before + 1);
    }

    @Test
    void whileNothingChangesTheHomePageReadsOnlyTheReviewQueueAndAfterAChangeItReadsEverything() throws Exception {
        await().atMost(Duration.ofSeconds(5)).until(generation::listening);
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        AccountPrincipal official = fixtures.principal(OFFICIAL);
        statistics.setStatisticsEnabled(true);
        try {
            String first = page("/", official);
            statistics.clear();
            String kept = page("/", official);
            long keptStatements = statistics.getPrepareStatementCount();
            generation.advance(); // what any commit of this node or a notice from PostgreSQL does
            statistics.clear();
            String computed = page("/", official);

            // decision 0063: the kept dashboard is served (one statement: the queue's count), the same page; computed,
            // the JPA statements are the queue, the two certificate counts and the carriers (the roll-ups read by JDBC)
            assertThat(keptStatements).isEqualTo(1);
            assertThat(statistics.getPrepareStatementCount()).isGreaterThanOrEqualTo(4);
            assertThat(withoutToken(kept)).isEqualTo(withoutToken(first)).isEqualTo(withoutToken(computed));
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    /** The page without its form's CSRF token (another on every request). */
    private static String withoutToken(String page) {
        return page.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
    }

    private static long reviewCount(String page) {
        Matcher m = Pattern.compile("id=\"tile-review\"[\\s\\S]*?class=\"tile__value\">([0-9,]+) 件").matcher(page);
        assertThat(m.find()).as("the review tile").isTrue();
        return Long.parseLong(m.group(1).replace(",", ""));
    }

    private String page(String url, String username) throws Exception {
        return page(url, fixtures.principal(username));
    }

    private String page(String url, AccountPrincipal who) throws Exception {
        return html(mvc.perform(get(url).with(user(who)).locale(Locale.SIMPLIFIED_CHINESE)).andExpect(status().isOk())
                .andReturn());
    }
}
