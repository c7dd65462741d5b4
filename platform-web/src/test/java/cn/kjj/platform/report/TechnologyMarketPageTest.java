package cn.kjj.platform.report;

import static cn.kjj.platform.portal.RegistryPageFixtures.ENTERPRISE;
import static cn.kjj.platform.portal.RegistryPageFixtures.OFFICIAL;
import static cn.kjj.platform.portal.RegistryPageFixtures.html;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.kjj.platform.PortalTest;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.indicator.ElsewhereCell;
import cn.kjj.platform.indicator.IndicatorPoint;
import cn.kjj.platform.indicator.IndicatorService;
import cn.kjj.platform.indicator.Period;
import cn.kjj.platform.indicator.Perspective;
import cn.kjj.platform.indicator.TurnoverDimension;
import cn.kjj.platform.portal.PortalFormats;
import cn.kjj.platform.portal.RegistryPageFixtures;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The technology-market page of Jianghai in 2022 (the demo data's published year): an official sees output and
 * absorption by every dimension as tables and charts, each figure linking to its lineage; an enterprise is
 * refused.
 */
@PortalTest
class TechnologyMarketPageTest {

    static final String QUERY = "?region=440704&year=2022";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    IndicatorService indicators;
    @Autowired
    PortalFormats formats;

    @Test
    void anOfficialSeesOutputAndAbsorptionByEveryDimensionWithChartsAndLineageLinks() throws Exception {
        AccountPrincipal official = new RegistryPageFixtures(context).principal(OFFICIAL);
        String page = html(mvc.perform(get("/reports/technology-market" + QUERY).with(user(official))
                .locale(Locale.SIMPLIFIED_CHINESE)).andExpect(status().isOk()).andReturn());

        IndicatorPoint.Turnover output = indicators.contractTurnover("440704", LocalDate.of(2022, 1, 1),
                LocalDate.of(2022, 12, 31), Period.YEAR, Perspective.SELLER, null).series().get(0);
        assertThat(output.count()).as("the demo data's Jianghai registered contracts in 2022").isPositive();
        assertThat(page).contains("江海区 2022 年技术市场统计", "技术输出", "技术吸纳", "技术流向", "卖方性质", "省内")
                .contains("id=\"table-seller-field\"", "id=\"table-buyer-flow\"", "id=\"chart-seller-plan_source\"")
                .contains("data-chart=\"bar\"", "/webjars/echarts/")
                .contains(formats.money(output.contractAmount(), Locale.SIMPLIFIED_CHINESE))
                .contains("/api/v1/indicators/contract-turnover/lineage?region=440704&amp;period=2022"
                        + "&amp;perspective=SELLER&amp;by=FIELD&amp;group=ELECTRONIC_INFORMATION")
                .contains("href=\"/reports/technology-market.xlsx?region=440704&amp;year=2022\"");

        byte[] workbook = mvc.perform(get("/reports/technology-market.xlsx" + QUERY).with(user(official)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(workbook))) {
            assertThat(book.getFirstSheet().read().get(1).getCellAsNumber(4)).hasValueSatisfying(n ->
                    assertThat(n).isEqualByComparingTo(output.contractAmount()));
        }
    }

    @Test
    void theAbsorptionTablesShowThePartRegisteredElsewhereAndTheOutputTablesDoNot() throws Exception {
        AccountPrincipal official = new RegistryPageFixtures(context).principal(OFFICIAL);
        // the demo data imports a development contract registered in Tianhe whose buyer is in Jianghai (2024)
        long imported = 0;
        BigDecimal amount = BigDecimal.ZERO;
        for (ElsewhereCell c : indicators.absorbedFromElsewhere("440704", 2024)) {
            if (c.dimension() == TurnoverDimension.TYPE) {
                imported += c.count();
                amount = amount.add(c.contractAmount());
            }
        }
        assertThat(imported).as("registrations of other offices with buyers in Jianghai, 2024").isPositive();
        String page = html(mvc.perform(get("/reports/technology-market?region=440704&year=2024").with(user(official))
                .locale(Locale.SIMPLIFIED_CHINESE)).andExpect(status().isOk()).andReturn());
        assertThat(page).contains("其中异地登记 " + imported + " 项，成交额 "
                + formats.money(amount, Locale.SIMPLIFIED_CHINESE));
        String output = page.substring(page.indexOf("id=\"table-seller-type\""), page.indexOf("id=\"h-buyer\""));
        String absorption = page.substring(page.indexOf("id=\"table-buyer-type\""));
        assertThat(output).doesNotContain("其中异地登记");
        assertThat(absorption).contains("其中异地登记合同数", "其中异地登记成交额（元）");
    }

    @Test
    void anEnterpriseMayNotOpenTheTables() throws Exception {
        AccountPrincipal enterprise = new RegistryPageFixtures(context).principal(ENTERPRISE);
        mvc.perform(get("/reports/technology-market" + QUERY).with(user(enterprise))).andExpect(status().isForbidden());
        mvc.perform(get("/reports/technology-market.xlsx" + QUERY).with(user(enterprise)))
                .andExpect(status().isForbidden());
    }
}
