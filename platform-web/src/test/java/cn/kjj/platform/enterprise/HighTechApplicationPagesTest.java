package cn.kjj.platform.enterprise;

import static cn.kjj.platform.enterprise.EnterprisePageFixtures.ADMIN;
import static cn.kjj.platform.enterprise.EnterprisePageFixtures.CITY_OFFICIAL;
import static cn.kjj.platform.enterprise.EnterprisePageFixtures.ENTERPRISE;
import static cn.kjj.platform.enterprise.EnterprisePageFixtures.JIANGHAI;
import static cn.kjj.platform.enterprise.EnterprisePageFixtures.OFFICIAL;
import static cn.kjj.platform.enterprise.EnterprisePageFixtures.PENGJIANG;
import static cn.kjj.platform.enterprise.EnterprisePageFixtures.unique;
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
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The bureau's high-tech pages: the district's applications of a batch year with the pass rate,
 * an application with its conditions and the district's and the city's steps, the candidates and
 * the missing annual reports; the enterprise's report filing on its high-tech page.
 */
@PortalTest
class HighTechApplicationPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    EnterprisePageFixtures fixtures;
    AccountPrincipal district;
    AccountPrincipal city;
    int batch;

    @BeforeEach
    void setUp() {
        fixtures = new EnterprisePageFixtures(context);
        district = fixtures.principal(OFFICIAL);
        city = fixtures.principal(CITY_OFFICIAL);
        batch = EnterprisePageFixtures.today().getYear();
    }

    String html(String uri, AccountPrincipal who) throws Exception {
        return mvc.perform(get(uri).with(user(who))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    /** An enterprise of the region with three good years of figures before this batch. */
    EnterpriseView withFigures(String name, String region) {
        EnterpriseView enterprise = fixtures.enterprise(unique(name), region);
        AnnualFiguresService figures = context.getBean(AnnualFiguresService.class);
        for (int year = batch - 3; year < batch; year++) {
            figures.record(fixtures.principal(ADMIN), enterprise.id(), year, new AnnualFigures(
                    new BigDecimal("45000000"), new BigDecimal("44000000"), new BigDecimal("30000000"),
                    new BigDecimal("2300000"), new BigDecimal("2300000"), 80, 12, 2, 6, new BigDecimal("300000"),
                    new BigDecimal("410000"), new BigDecimal("52000000"), true), null);
        }
        return enterprise;
    }

    long applied(EnterpriseView enterprise) {
        return context.getBean(HighTechApplicationService.class)
                .apply(fixtures.principal(ADMIN), enterprise.id(), batch).id();
    }

    String statusOf(long application) {
        return context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("select status from high_tech_application where id = ?").param(application)
                .query(String.class).single();
    }

    MockHttpServletRequestBuilder step(long application, String step, AccountPrincipal who, String... fields) {
        MockHttpServletRequestBuilder request = post("/high-tech-applications/" + application + "/" + step)
                .with(user(who)).with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return request;
    }

    String page(MockHttpServletRequestBuilder request, ResultMatcher expected) throws Exception {
        return mvc.perform(request).andExpect(expected).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theDistrictListsItsApplicationsOfTheBatchYearWithThePassRateAndNotAnotherDistricts() throws Exception {
        EnterpriseView own = withFigures("高企列表", JIANGHAI);
        EnterpriseView other = withFigures("高企列表蓬江", PENGJIANG);
        long mine = applied(own);
        long theirs = applied(other);

        mvc.perform(get("/high-tech-applications").with(user(district)))
                .andExpect(redirectedUrl("/high-tech-applications?batchYear=" + batch));
        String page = html("/high-tech-applications?batchYear=" + batch + "&status=SUBMITTED", district);

        assertThat(page).contains(own.name()).doesNotContain(other.name())
                .contains("江海区 " + batch + " 年度批次").contains("通过率")
                .contains("/api/v1/high-tech-applications?batchYear=" + batch + "&amp;status=SUBMITTED&amp;format=csv");
        assertThat(html("/high-tech-applications?batchYear=" + (batch - 1), district)).doesNotContain(own.name());
        String csv = mvc.perform(get("/api/v1/high-tech-applications?batchYear=" + batch + "&status=SUBMITTED&format=csv")
                        .with(user(district))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains(own.name()).contains("SUBMITTED").doesNotContain(other.name())
                .doesNotContain("criteria");
        mvc.perform(get("/high-tech-applications/" + theirs).with(user(district))).andExpect(status().isNotFound());
        mvc.perform(step(theirs, "recommend", district)).andExpect(status().isNotFound());
        assertThat(statusOf(theirs)).isEqualTo("SUBMITTED");
        mvc.perform(get("/high-tech-applications").with(user(fixtures.principal(ENTERPRISE))))
                .andExpect(status().isForbidden());
        assertThat(html("/high-tech-applications/" + mine, district)).contains("data-code=\"RD_EXPENSE_SHARE\"");
    }

    @Test
    void theDistrictSeesTheConditionsAndRecommendsAfterAMistakeShownBesideItsField() throws Exception {
        long application = applied(withFigures("高企推荐", JIANGHAI));

        String page = html("/high-tech-applications/" + application, district);
        assertThat(page).contains(batch + " 年度批次认定条件").contains("近三年研发费用占销售收入比例")
                .contains("criterion-met").contains("无法判定")
                .contains("id=\"recommend-button\"").contains("id=\"return-button\"").doesNotContain("result-button");

        String wrong = page(step(application, "recommend", district, "innovationScore", "一百"),
                status().isBadRequest());
        assertThat(wrong).contains("id=\"recommend-innovationScore-error\"").contains("value=\"一百\"");
        String noReason = page(step(application, "return", district, "reason", " "), status().isBadRequest());
        assertThat(noReason).contains("id=\"return-reason-error\"");
        assertThat(statusOf(application)).isEqualTo("SUBMITTED");

        mvc.perform(step(application, "recommend", district, "innovationScore", "78.5"))
                .andExpect(redirectedUrl("/high-tech-applications/" + application))
                .andExpect(flash().attribute("notice", "已推荐该企业参加 " + batch + " 年度认定。"));
        assertThat(statusOf(application)).isEqualTo("RECOMMENDED");
        assertThat(html("/high-tech-applications/" + application, district)).contains("78.5")
                .doesNotContain("recommend-button");
    }

    @Test
    void anIllegalStepSaysSoAndChangesNothing() throws Exception {
        long application = applied(withFigures("高企越级", JIANGHAI));

        // the city records no result on an application the district never recommended
        String refused = page(step(application, "result", city, "passed", "true", "certificateNo",
                EnterprisePageFixtures.certificateNo()), status().isConflict());
        assertThat(refused).contains("该申请当前不能办理这一步").contains("未作任何更改");
        assertThat(statusOf(application)).isEqualTo("SUBMITTED");
        // the city does not recommend, the district does not decide
        mvc.perform(step(application, "recommend", city)).andExpect(status().isForbidden());
        mvc.perform(step(application, "return", district, "reason", "材料不全")).andExpect(status().is3xxRedirection());
        String twice = page(step(application, "return", district, "reason", "再退一次"), status().isConflict());
        assertThat(twice).contains("该申请当前不能办理这一步");
        assertThat(statusOf(application)).isEqualTo("RETURNED");
        assertThat(html("/high-tech-applications/" + application, district)).contains("材料不全")
                .doesNotContain("再退一次");
    }

    @Test
    void theCityRecordsAPassWithTheCertificateOrAFailureWithItsReason() throws Exception {
        EnterpriseView passing = withFigures("高企通过", JIANGHAI);
        long pass = applied(passing);
        long fail = applied(withFigures("高企未过", JIANGHAI));
        mvc.perform(step(pass, "recommend", district)).andExpect(status().is3xxRedirection());
        mvc.perform(step(fail, "recommend", district)).andExpect(status().is3xxRedirection());
        assertThat(html("/high-tech-applications/" + pass, city)).contains("id=\"result-button\"");

        String noNumber = page(step(pass, "result", city, "passed", "true"), status().isBadRequest());
        assertThat(noNumber).contains("id=\"result-certificateNo-error\"");
        String noChoice = page(step(pass, "result", city), status().isBadRequest());
        assertThat(noChoice).contains("id=\"passed-error\"");
        assertThat(statusOf(pass)).isEqualTo("RECOMMENDED");

        String number = EnterprisePageFixtures.certificateNo();
        mvc.perform(step(pass, "result", city, "passed", "true", "certificateNo", number, "issuedOn",
                        EnterprisePageFixtures.today().toString()))
                .andExpect(flash().attribute("notice", "已录入认定结果。"));
        assertThat(statusOf(pass)).isEqualTo("PASSED");
        assertThat(html("/enterprises/" + passing.id(), city)).contains(number).contains("ladder-step--application")
                .contains("已通过认定");

        String noReason = page(step(fail, "result", city, "passed", "false"), status().isBadRequest());
        assertThat(noReason).contains("id=\"result-reason-error\"");
        mvc.perform(step(fail, "result", city, "passed", "false", "reason", "研发费用归集不规范"))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(fail)).isEqualTo("FAILED");
        assertThat(html("/high-tech-applications/" + fail, district)).contains("研发费用归集不规范").contains("未通过认定");
    }

    @Test
    void theCandidatesShowEnterprisesCloseToTheConditionsForTheStaffOnly() throws Exception {
        EnterpriseView close = withFigures("高企后备", JIANGHAI);

        String page = html("/high-tech-applications/candidates?region=" + JIANGHAI + "&batchYear=" + batch, district);

        assertThat(page).contains("data-enterprise-id=\"" + close.id() + "\"").contains("高企后备企业");
        mvc.perform(get("/high-tech-applications/candidates").with(user(fixtures.principal(ENTERPRISE))))
                .andExpect(status().isForbidden());
    }

    @Test
    void theMissingReportsListThoseWithACertificateThatDidNotReportAndMarksTwoYearsMissed() throws Exception {
        EnterpriseView silent = fixtures.enterprise(unique("高企未报"), JIANGHAI);
        context.getBean(CertificationService.class).certify(fixtures.principal(ADMIN), silent.id(),
                new NewCertification(EnterprisePageFixtures.certificateNo(), CertificationKind.INITIAL,
                        java.time.LocalDate.of(batch - 2, 1, 10), null));
        int year = batch - 1;

        String page = html("/certifications/missing-reports?year=" + year, district);
        String row = page.substring(page.indexOf("data-enterprise-id=\"" + silent.id() + "\""));
        assertThat(row.substring(0, row.indexOf("</tr>"))).contains("连续两年未报");
        assertThat(html("/certifications/missing-reports?year=" + year + "&twoYears=true", district))
                .contains(silent.name());
        mvc.perform(get("/certifications/missing-reports").with(user(fixtures.principal(ENTERPRISE))))
                .andExpect(status().isForbidden());
    }

    @Test
    void theEnterpriseFilesItsAnnualReportAndSeesItListedWhileAnOfficialMayNot() throws Exception {
        AccountPrincipal clerk = fixtures.principal(ENTERPRISE);
        long id = clerk.enterpriseId();
        int year = batch - 1;

        mvc.perform(post("/enterprises/" + id + "/high-tech/reports").param("year", String.valueOf(year))
                        .with(user(clerk)).with(csrf()))
                .andExpect(redirectedUrl("/enterprises/" + id + "/high-tech"))
                .andExpect(flash().attribute("notice", org.hamcrest.Matchers.startsWith(year + " 年度报告已于")));
        String page = html("/enterprises/" + id + "/high-tech", clerk);
        assertThat(page).contains("data-year=\"" + year + "\"").contains("file-report");
        mvc.perform(post("/enterprises/" + id + "/high-tech/reports").param("year", String.valueOf(year))
                .with(user(district)).with(csrf())).andExpect(status().isForbidden());
        assertThat(html("/enterprises/" + id + "/high-tech", district)).doesNotContain("file-report");
    }
}
