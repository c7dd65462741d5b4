package cn.kjj.platform.indicator;

import static cn.kjj.platform.portal.RegistryPageFixtures.CITY_OFFICIAL;
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

/** The demo's 2022 targets where officials read them: dashboard, indicators page, annual report. */
@PortalTest
class TargetPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    AccountPrincipal city;

    @BeforeEach
    void setUp() {
        city = new RegistryPageFixtures(context).principal(CITY_OFFICIAL);
    }

    @Test
    void pengjiangsDashboardOf2022ShowsItsHighTechTargetReached() throws Exception {
        String page = page("/dashboard?region=440703&year=2022&lang=en");

        assertThat(page).contains("Targets of 2022").contains("id=\"target-high-tech-enterprises\"")
                .contains("100.0 %").contains("563 targeted, 563 reached");
    }

    @Test
    void jiangmensDashboardOf2022ShowsTheR_DIntensityTargetAt96point1Percent() throws Exception {
        String page = page("/dashboard?region=440700&year=2022");

        assertThat(page).contains("2022 年目标任务").contains("96.1 %").contains("目标 2.70 %，已达 2.60 %")
                .contains("104.8 %");
    }

    @Test
    void theAnnualReportAndTheIndicatorsPageListJiangmensTargetsAndTechnologySmes() throws Exception {
        String report = page("/reports/annual?region=440700&year=2022");
        String indicators = page("/indicators?region=440700&from=2019&to=2022");

        assertThat(report).contains("目标任务").contains("完成进度").contains("96.1 %").contains("104.8 %");
        assertThat(indicators).contains("科技型中小企业数").contains("2,111").contains("目标任务").contains("96.1 %");
    }

    private String page(String path) throws Exception {
        return html(mvc.perform(get(path).with(user(city))).andExpect(status().isOk()).andReturn());
    }
}
