package cn.kjj.platform.enterprise;

import static cn.kjj.platform.enterprise.EnterpriseApi.ENTERPRISES;
import static cn.kjj.platform.enterprise.EnterpriseApi.JIANGHAI;
import static cn.kjj.platform.enterprise.EnterpriseApi.JIANGMEN;
import static cn.kjj.platform.enterprise.EnterpriseApi.PENGJIANG;
import static cn.kjj.platform.enterprise.EnterpriseApi.certificateNo;
import static cn.kjj.platform.enterprise.EnterpriseApi.json;
import static cn.kjj.platform.enterprise.EnterpriseApi.today;
import static cn.kjj.platform.enterprise.EnterpriseApi.uniqueWord;
import static cn.kjj.platform.enterprise.EnterpriseApi.with;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiTest;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * Annual figures, the conditions judged from them and high-tech applications through the API: who
 * may enter and apply, the workflow's order (409), scope (404) and what a pass leaves behind.
 */
@ApiTest
class HighTechApplicationApiTest {

    static final String APPLICATIONS = "/api/v1/high-tech-applications";

    @Autowired
    EnterpriseApi api;

    long enterprise;
    String clerk;
    String district;
    String city;
    int batch;

    @BeforeEach
    void anEnterpriseOfJianghaiWithItsClerk() {
        enterprise = api.created(JIANGHAI, uniqueWord());
        clerk = api.clerkOf(enterprise);
        district = api.official(JIANGHAI);
        city = api.official(JIANGMEN);
        batch = today().getYear();
    }

    static Map<String, Object> figures(String sales, String rdExpense, String rdDomestic) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("revenue", sales);
        body.put("salesRevenue", sales);
        body.put("highTechIncome", new java.math.BigDecimal(sales).multiply(new java.math.BigDecimal("0.7")));
        body.put("rdExpense", rdExpense);
        body.put("rdExpenseDomestic", rdDomestic);
        body.put("staff", 120);
        body.put("techStaff", 24);
        body.put("inventionPatents", 3);
        body.put("otherIp", 5);
        body.put("profit", "-1250000.00");
        body.put("taxPaid", "980000.00");
        body.put("assets", "91000000.00");
        body.put("aboveScale", true);
        return body;
    }

    MvcTestResult putFigures(String bearer, long id, int year, Object body) {
        return api.mvc().put().uri(ENTERPRISES + "/{id}/annual-figures/{year}", id, year)
                .header(HttpHeaders.AUTHORIZATION, bearer).contentType(MediaType.APPLICATION_JSON)
                .content(json(body)).exchange();
    }

    MvcTestResult post(String bearer, String uri, Object body, Object... vars) {
        return api.mvc().post().uri(uri, vars).header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON).content(json(body)).exchange();
    }

    void threeYears(String sales, String rdExpense, String rdDomestic) {
        for (int year = batch - 3; year < batch; year++) {
            assertThat(putFigures(clerk, enterprise, year, figures(sales, rdExpense, rdDomestic)))
                    .hasStatus(HttpStatus.CREATED);
        }
    }

    long applied(String bearer) {
        MvcTestResult result = post(bearer, APPLICATIONS, Map.of("enterpriseId", enterprise, "batchYear", batch));
        assertThat(result).hasStatus(HttpStatus.CREATED);
        return json(result).get("id").asLong();
    }

    static JsonNode criterion(JsonNode application, String code) {
        for (JsonNode c : application.get("criteria")) {
            if (c.get("code").asString().equals(code)) {
                return c;
            }
        }
        throw new AssertionError("no criterion " + code);
    }

    @Test
    void theEnterpriseEntersItsFiguresARevisionIsKeptInTheHistoryAndAnotherEnterpriseCannotSeeThem() {
        int year = batch - 1;
        assertThat(putFigures(clerk, enterprise, year, figures("80000000.00", "4000000.00", "3000000.00")))
                .hasStatus(HttpStatus.CREATED).hasHeader(HttpHeaders.ETAG, "\"0\"");
        MvcTestResult revised = putFigures(clerk, enterprise, year, figures("80000000.00", "4200000.00", "3000000.00"));
        assertThat(revised).hasStatusOk().hasHeader(HttpHeaders.ETAG, "\"1\"");
        assertThat(json(revised).get("rdExpense").decimalValue()).isEqualByComparingTo("4200000");
        assertThat(json(revised).get("aboveScale").asBoolean()).isTrue();

        JsonNode history = json(api.get(district, ENTERPRISES + "/{id}/annual-figures/{year}/history", enterprise, year));
        assertThat(history.size()).isEqualTo(2);
        assertThat(history.get(1).get("action").asString()).isEqualTo("annual_figures.update");
        assertThat(history.get(1).get("before").asString()).contains("4000000");

        long other = api.created(JIANGHAI, uniqueWord());
        assertThat(api.get(api.clerkOf(other), ENTERPRISES + "/{id}/annual-figures/{year}", enterprise, year))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(putFigures(api.clerkOf(other), enterprise, year, figures("1.00", "0", "0")))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(putFigures(api.official(PENGJIANG), enterprise, year, figures("1.00", "0", "0")))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void figuresBreakingTheirRulesAreA400NamingEachFieldAndNothingIsStored() {
        Map<String, Object> bad = with(with(figures("1000.00", "100.00", "100.01"), "techStaff", 500), "staff", null);
        MvcTestResult result = putFigures(clerk, enterprise, batch - 1, bad);
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(EnterpriseApiTest.fields(json(result))).containsExactlyInAnyOrder("rdExpenseDomestic", "staff");
        assertThat(api.count("select count(*) from enterprise_annual_figures where enterprise_id = ?", enterprise))
                .isZero();
        assertThat(putFigures(clerk, enterprise, batch + 1, figures("1000.00", "1.00", "1.00")))
                .hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void anApplicationWithoutThreeYearsOfFiguresShowsTheRdConditionsAsUnknown() {
        assertThat(putFigures(clerk, enterprise, batch - 1, figures("80000000.00", "4000000.00", "4000000.00")))
                .hasStatus(HttpStatus.CREATED);

        MvcTestResult result = post(clerk, APPLICATIONS, Map.of("enterpriseId", enterprise, "batchYear", batch));

        assertThat(result).hasStatus(HttpStatus.CREATED);
        JsonNode application = json(result);
        assertThat(application.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(criterion(application, "RD_EXPENSE_SHARE").get("met").isNull()).isTrue();
        assertThat(criterion(application, "DOMESTIC_RD_SHARE").get("met").isNull()).isTrue();
        assertThat(criterion(application, "TECH_STAFF_SHARE").get("met").asBoolean()).isTrue();
        assertThat(criterion(application, "INNOVATION_SCORE").get("met").isNull()).isTrue();
    }

    @Test
    void theCriteriaOfAnEnterpriseUseTheLatestYearsSalesForTheBand() {
        threeYears("200000000.00", "8000000.00", "8000000.00");
        JsonNode criteria = json(api.get(clerk, ENTERPRISES + "/{id}/high-tech-criteria?batchYear={y}", enterprise,
                batch));
        JsonNode rd = null;
        for (JsonNode c : criteria.get("criteria")) {
            if (c.get("code").asString().equals("RD_EXPENSE_SHARE")) {
                rd = c;
            }
        }
        assertThat(rd.get("threshold").decimalValue()).isEqualByComparingTo("0.04");
        assertThat(rd.get("met").asBoolean()).isTrue();
        assertThat(rd.get("figures").get("salesRevenue" + (batch - 1)).decimalValue())
                .isEqualByComparingTo("200000000");
    }

    @Test
    void aSecondApplicationInTheSameBatchYearIsA409() {
        applied(clerk);

        MvcTestResult again = post(district, APPLICATIONS, Map.of("enterpriseId", enterprise, "batchYear", batch));

        assertThat(again).hasStatus(HttpStatus.CONFLICT);
        assertThat(json(again).get("code").asString()).isEqualTo("error.highTechApplication.duplicate");
        assertThat(api.count("select count(*) from high_tech_application where enterprise_id = ?", enterprise))
                .isEqualTo(1);
    }

    @Test
    void aResultOnAnApplicationNeverRecommendedIsA409() {
        long id = applied(clerk);

        MvcTestResult result = post(city, APPLICATIONS + "/{id}/result",
                Map.of("passed", true, "certificateNo", certificateNo()), id);

        assertThat(result).hasStatus(HttpStatus.CONFLICT);
        assertThat(json(result).get("code").asString()).isEqualTo("error.highTechApplication.state");
        assertThat(api.count("select count(*) from high_tech_certification where enterprise_id = ?", enterprise))
                .isZero();
    }

    @Test
    void anEnterpriseOfAnotherDistrictIsA404ToADistrictOfficial() {
        long id = applied(clerk);
        String pengjiang = api.official(PENGJIANG);

        assertThat(api.get(pengjiang, APPLICATIONS + "/{id}", id)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(post(pengjiang, APPLICATIONS + "/{id}/recommend", Map.of(), id)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(post(pengjiang, APPLICATIONS, Map.of("enterpriseId", enterprise, "batchYear", batch - 1)))
                .hasStatus(HttpStatus.NOT_FOUND);
        JsonNode list = json(api.get(pengjiang, APPLICATIONS + "?batchYear={y}&size=200", batch));
        for (JsonNode a : list.get("content")) {
            assertThat(a.get("enterpriseId").asLong()).isNotEqualTo(enterprise);
        }
    }

    @Test
    void theDistrictRecommendsTheCityRecordsThePassAndTheCertificateAppears() {
        threeYears("40000000.00", "2400000.00", "2000000.00");
        long id = applied(clerk);
        // the city does not recommend, the district does not decide, the enterprise does neither
        assertThat(post(city, APPLICATIONS + "/{id}/recommend", Map.of(), id)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(post(clerk, APPLICATIONS + "/{id}/recommend", Map.of(), id)).hasStatus(HttpStatus.FORBIDDEN);

        MvcTestResult recommended = post(district, APPLICATIONS + "/{id}/recommend",
                Map.of("innovationScore", 78.5), id);
        assertThat(recommended).hasStatusOk();
        assertThat(json(recommended).get("status").asString()).isEqualTo("RECOMMENDED");
        assertThat(criterion(json(recommended), "INNOVATION_SCORE").get("met").asBoolean()).isTrue();
        assertThat(criterion(json(recommended), "RD_EXPENSE_SHARE").get("met").asBoolean()).isTrue();
        String number = certificateNo();
        assertThat(post(district, APPLICATIONS + "/{id}/result", Map.of("passed", true, "certificateNo", number), id))
                .hasStatus(HttpStatus.FORBIDDEN);

        MvcTestResult passed = post(city, APPLICATIONS + "/{id}/result",
                Map.of("passed", true, "certificateNo", number, "issuedOn", today().toString()), id);

        assertThat(passed).hasStatusOk();
        assertThat(json(passed).get("status").asString()).isEqualTo("PASSED");
        JsonNode certificates = json(api.get(clerk, ENTERPRISES + "/{id}/certifications", enterprise));
        assertThat(certificates.get(0).get("certificateNo").asString()).isEqualTo(number);
        assertThat(certificates.get(0).get("kind").asString()).isEqualTo("INITIAL");
        assertThat(json(passed).get("certificationId").asLong()).isEqualTo(certificates.get(0).get("id").asLong());
        assertThat(json(api.get(clerk, ENTERPRISES + "/{id}", enterprise)).get("highTech").asBoolean()).isTrue();
        JsonNode history = json(api.get(district, APPLICATIONS + "/{id}/history", id));
        Map<Integer, String> steps = new HashMap<>();
        for (int i = 0; i < history.size(); i++) {
            steps.put(i, history.get(i).get("action").asString());
        }
        assertThat(steps.values()).containsExactly("high_tech_application.submit", "high_tech_application.recommend",
                "high_tech_application.pass");
    }

    @Test
    void aReturnNeedsAReasonAndAFailureIsRecordedWithoutACertificate() {
        long id = applied(district);
        MvcTestResult noReason = post(district, APPLICATIONS + "/{id}/return", Map.of("reason", " "), id);
        assertThat(noReason).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(EnterpriseApiTest.fields(json(noReason))).containsExactly("reason");

        assertThat(post(district, APPLICATIONS + "/{id}/recommend", Map.of(), id)).hasStatusOk();
        MvcTestResult failed = post(city, APPLICATIONS + "/{id}/result",
                Map.of("passed", false, "reason", "研发费用归集不规范"), id);

        assertThat(failed).hasStatusOk();
        assertThat(json(failed).get("status").asString()).isEqualTo("FAILED");
        assertThat(json(failed).get("reason").asString()).isEqualTo("研发费用归集不规范");
        assertThat(api.count("select count(*) from high_tech_certification where enterprise_id = ?", enterprise))
                .isZero();
        assertThat(post(city, APPLICATIONS + "/{id}/result", Map.of("passed", false, "reason", "again"), id))
                .hasStatus(HttpStatus.CONFLICT);
    }

    @Test
    void theEnterpriseFilesItsReportAndOfficialsSeeWhoHasNot() {
        // this year's report is due by 31 May of next year, so filing today is in time
        int year = batch;
        api.certified(enterprise, "INITIAL", java.time.LocalDate.of(year - 1, 3, 1), null);
        long silent = api.created(JIANGHAI, uniqueWord());
        api.certified(silent, "INITIAL", java.time.LocalDate.of(year - 1, 3, 1), null);
        MvcTestResult early = api.mvc().put().uri(ENTERPRISES + "/{id}/high-tech-reports/{year}", enterprise, year)
                .header(HttpHeaders.AUTHORIZATION, clerk).exchange();
        assertThat(early).hasStatus(HttpStatus.CONFLICT);
        assertThat(putFigures(clerk, enterprise, year, figures("9000000.00", "900000.00", "900000.00")))
                .hasStatus(HttpStatus.CREATED);

        MvcTestResult filed = api.mvc().put().uri(ENTERPRISES + "/{id}/high-tech-reports/{year}", enterprise, year)
                .header(HttpHeaders.AUTHORIZATION, clerk).exchange();

        assertThat(filed).hasStatusOk();
        assertThat(json(filed).get("filedOn").asString()).isEqualTo(today().toString());
        assertThat(json(filed).get("inTime").asBoolean()).isTrue();
        JsonNode missing = json(api.get(district, "/api/v1/certifications/missing-reports?region={r}&year={y}",
                JIANGHAI, year));
        Map<Long, Boolean> twice = new HashMap<>();
        missing.forEach(m -> twice.put(m.get("enterpriseId").asLong(), m.get("missedTwoYears").asBoolean()));
        assertThat(twice).doesNotContainKey(enterprise).containsEntry(silent, true);
        assertThat(api.get(clerk, "/api/v1/certifications/missing-reports?year={y}", year))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    JsonNode passRate(int year) {
        JsonNode body = json(api.get(api.analyst(),
                "/api/v1/indicators/high-tech-applications?region={r}&from={y}&to={y}", JIANGHAI, year, year));
        assertThat(body.get("series")).hasSize(1);
        return body.get("series").get(0);
    }

    @Test
    void thePassRateCountsAppliedRecommendedAndPassedAndItsLineageNamesTheApplications() {
        int year = batch - 1;
        JsonNode before = passRate(year);
        long other = api.created(JIANGHAI, uniqueWord());
        MvcTestResult first = post(clerk, APPLICATIONS, Map.of("enterpriseId", enterprise, "batchYear", year));
        MvcTestResult second = post(district, APPLICATIONS, Map.of("enterpriseId", other, "batchYear", year));
        long passing = json(first).get("id").asLong();
        long failing = json(second).get("id").asLong();
        for (long id : new long[] {passing, failing}) {
            assertThat(post(district, APPLICATIONS + "/{id}/recommend", Map.of("innovationScore", 75), id)).hasStatusOk();
        }
        assertThat(post(city, APPLICATIONS + "/{id}/result", Map.of("passed", true, "certificateNo", certificateNo()),
                passing)).hasStatusOk();
        assertThat(post(city, APPLICATIONS + "/{id}/result", Map.of("passed", false, "reason", "评分不足"), failing))
                .hasStatusOk();

        JsonNode after = passRate(year);

        assertThat(after.get("applied").asLong()).isEqualTo(before.get("applied").asLong() + 2);
        assertThat(after.get("recommended").asLong()).isEqualTo(before.get("recommended").asLong() + 2);
        assertThat(after.get("passed").asLong()).isEqualTo(before.get("passed").asLong() + 1);
        assertThat(after.get("failed").asLong()).isEqualTo(before.get("failed").asLong() + 1);
        assertThat(after.get("value").decimalValue()).isEqualByComparingTo(new java.math.BigDecimal(
                after.get("passed").asLong()).divide(new java.math.BigDecimal(after.get("applied").asLong()), 6,
                java.math.RoundingMode.HALF_EVEN));
        JsonNode lineage = json(api.get(api.analyst(), after.get("lineage").asString() + "&size=500"));
        assertThat(lineage.get("total").asLong()).isEqualTo(after.get("applied").asLong());
        java.util.List<Long> ids = new java.util.ArrayList<>();
        lineage.get("records").forEach(r -> ids.add(r.get("id").asLong()));
        assertThat(ids).contains(passing, failing);
    }

    @Test
    void anEnterpriseMeetingTheConditionsIsACandidateUntilItIsCertifiedAndOneFailingThreeIsNot() {
        threeYears("40000000.00", "2400000.00", "2000000.00");
        long weak = api.created(JIANGHAI, uniqueWord());
        for (int year = batch - 3; year < batch; year++) {
            // no R&D in China, little high-tech income, few technology staff: three conditions fail
            Map<String, Object> poor = with(with(with(figures("40000000.00", "100000.00", "0.00"),
                    "highTechIncome", "1000.00"), "techStaff", 1), "inventionPatents", 0);
            assertThat(putFigures(district, weak, year, poor)).hasStatus(HttpStatus.CREATED);
        }
        String uri = APPLICATIONS + "/candidates?region={r}&batchYear={y}&limit=500";

        JsonNode candidates = json(api.get(district, uri, JIANGHAI, batch));

        Map<Long, JsonNode> byId = new HashMap<>();
        candidates.forEach(c -> byId.put(c.get("enterpriseId").asLong(), c));
        assertThat(byId).containsKey(enterprise).doesNotContainKey(weak);
        assertThat(byId.get(enterprise).get("notMet").asLong()).isZero();
        assertThat(candidates.get(0).get("notMet").asLong()).isZero();
        assertThat(api.get(clerk, uri, JIANGHAI, batch)).hasStatus(HttpStatus.FORBIDDEN);

        api.certified(enterprise, "INITIAL", today().minusMonths(1), null);
        JsonNode after = json(api.get(district, uri, JIANGHAI, batch));
        after.forEach(c -> assertThat(c.get("enterpriseId").asLong()).isNotEqualTo(enterprise));
    }
}
