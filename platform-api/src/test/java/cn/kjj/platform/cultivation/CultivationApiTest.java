package cn.kjj.platform.cultivation;

import static cn.kjj.platform.enterprise.EnterpriseApi.ENTERPRISES;
import static cn.kjj.platform.enterprise.EnterpriseApi.ENPING;
import static cn.kjj.platform.enterprise.EnterpriseApi.PENGJIANG;
import static cn.kjj.platform.enterprise.EnterpriseApi.json;
import static cn.kjj.platform.enterprise.EnterpriseApi.uniqueWord;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiTest;
import cn.kjj.platform.enterprise.EnterpriseApi;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
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
 * The cultivation ladder through the API (decision 0045): tiers from the figures, pool placements with a
 * reason, scope, and the indicators read from the annual figures, checked as the change one enterprise's
 * figures make (hand-computed) and against independent SQL.
 */
@ApiTest
class CultivationApiTest {

    private static final String CULTIVATION = "/api/v1/cultivation";
    private static final String INDICATORS = "/api/v1/indicators/";
    private static final int YEAR = 2019;

    @Autowired
    EnterpriseApi api;

    long enterprise;
    String official;

    @BeforeEach
    void anEnterpriseOfEnping() {
        enterprise = api.created(ENPING, uniqueWord());
        official = api.official(ENPING);
    }

    static Map<String, Object> figures(String revenue, String profit, String tax, String rd, boolean aboveScale) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("revenue", revenue);
        body.put("salesRevenue", revenue);
        body.put("highTechIncome", new BigDecimal(revenue).multiply(new BigDecimal("0.7")).setScale(2, java.math.RoundingMode.DOWN));
        body.put("rdExpense", rd);
        body.put("rdExpenseDomestic", rd);
        body.put("staff", 100);
        body.put("techStaff", 20);
        body.put("inventionPatents", 2);
        body.put("otherIp", 1);
        body.put("profit", profit);
        body.put("taxPaid", tax);
        body.put("assets", "50000000.00");
        body.put("aboveScale", aboveScale);
        return body;
    }

    void putFigures(long id, int year, Map<String, Object> body) {
        assertThat(api.mvc().put().uri(ENTERPRISES + "/{id}/annual-figures/{year}", id, year)
                .header(HttpHeaders.AUTHORIZATION, api.admin()).contentType(MediaType.APPLICATION_JSON)
                .content(json(body)).exchange()).hasStatus(HttpStatus.CREATED);
    }

    MvcTestResult post(String bearer, String uri, Object body, Object... vars) {
        return api.mvc().post().uri(uri, vars).header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON).content(json(body)).exchange();
    }

    JsonNode point(String indicator, String region) {
        JsonNode answer = json(api.get(api.analyst(), INDICATORS + indicator + "?region={r}&from={y}&to={y}", region,
                YEAR, YEAR));
        return answer.get("series").get(0);
    }

    static BigDecimal decimal(JsonNode point, String part) {
        return point.get(part).decimalValue();
    }

    JsonNode standing(String bearer, String tier) {
        JsonNode page = json(api.get(bearer, CULTIVATION + "?region={r}&year={y}&tier={t}&size=200", ENPING, YEAR, tier));
        for (JsonNode s : page.get("content")) {
            if (s.get("enterpriseId").asLong() == enterprise) {
                return s;
            }
        }
        return null;
    }

    @Test
    void aHighTechEnterpriseWhoseRevenueGrewTwentyPercentAYearIsAGazelleAndCountedAsOne() {
        JsonNode before = point("cultivation", ENPING);
        // 2016: 10,000,000; 2019: 17,280,000 = 10,000,000 x 1.2^3 exactly
        putFigures(enterprise, 2016, figures("10000000.00", "1000000.00", "500000.00", "600000.00", true));
        putFigures(enterprise, 2017, figures("12000000.00", "1000000.00", "500000.00", "720000.00", true));
        putFigures(enterprise, 2018, figures("14400000.00", "1000000.00", "500000.00", "864000.00", true));
        putFigures(enterprise, YEAR, figures("17280000.00", "1000000.00", "500000.00", "1036800.00", true));
        api.certified(enterprise, "INITIAL", LocalDate.of(2018, 11, 28), LocalDate.of(2021, 11, 27));

        JsonNode gazelle = standing(official, "GAZELLE");
        assertThat(gazelle).as("on the gazelle tier").isNotNull();
        assertThat(decimal(gazelle, "growthRate")).isEqualByComparingTo("0.728");
        assertThat(gazelle.get("highTech").asBoolean()).isTrue();
        JsonNode after = point("cultivation", ENPING);
        assertThat(after.get("gazelle").asLong()).isEqualTo(before.get("gazelle").asLong() + 1);
        assertThat(after.get("value").asLong()).isEqualTo(before.get("value").asLong() + 1);
        assertThat(after.get("lineage").asString()).contains("/api/v1/indicators/cultivation/lineage");
    }

    @Test
    void anOfficialPlacesAnEnterpriseInThePoolOnlyWithAReasonOnceAYearAndTheHistoryKeepsIt() {
        Map<String, Object> noReason = new LinkedHashMap<>();
        noReason.put("enterpriseId", enterprise);
        noReason.put("year", YEAR);
        noReason.put("reason", "  ");
        assertThat(post(official, CULTIVATION + "/pool", noReason)).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("reason");
        assertThat(standing(official, "POOL")).as("nothing written").isNull();

        Map<String, Object> placement = Map.of("enterpriseId", enterprise, "year", YEAR, "reason", "163计划重点培育对象");
        assertThat(post(api.official(PENGJIANG), CULTIVATION + "/pool", placement)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(post(official, CULTIVATION + "/pool", placement)).hasStatus(HttpStatus.CREATED);
        assertThat(post(official, CULTIVATION + "/pool", placement)).hasStatus(HttpStatus.CONFLICT);

        JsonNode pooled = standing(official, "POOL");
        assertThat(pooled).isNotNull();
        assertThat(pooled.get("placedByHand").asBoolean()).isTrue();
        JsonNode history = json(api.get(official, CULTIVATION + "/pool/{e}/{y}/history", enterprise, YEAR));
        assertThat(history.get(0).get("action").asString()).isEqualTo("cultivation_pool.place");
        assertThat(history.get(0).get("after").asString()).contains("163计划重点培育对象");

        assertThat(post(official, CULTIVATION + "/pool/{e}/{y}/remove", Map.of("reason", ""), enterprise, YEAR))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(post(official, CULTIVATION + "/pool/{e}/{y}/remove", Map.of("reason", "企业迁出"), enterprise, YEAR))
                .hasStatus(HttpStatus.NO_CONTENT);
        assertThat(standing(official, "POOL")).isNull();
    }

    @Test
    void anotherDistrictsListIsNotFoundToAnOfficialAndEnterprisesMayNotReadIt() {
        assertThat(api.get(api.official(PENGJIANG), CULTIVATION + "?region={r}&year={y}", ENPING, YEAR))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.get(api.clerkOf(enterprise), CULTIVATION + "?region={r}", ENPING))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(api.get(official, CULTIVATION + "?region={r}&year=2016", ENPING)).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(api.get(official, CULTIVATION + "?region={r}&tier=UNICORN", ENPING)).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(api.get(api.official(PENGJIANG), ENTERPRISES + "/{id}/cultivation", enterprise))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void theHighTechEnterprisesFiguresAddUpExactlyAndOnlyWhileTheCertificateIsInForce() {
        JsonNode before = point("high-tech-figures", ENPING);
        putFigures(enterprise, YEAR, figures("123456789.01", "-2345678.90", "3456789.12", "5000000.00", true));
        JsonNode notYet = point("high-tech-figures", ENPING);
        assertThat(decimal(notYet, "value")).as("not high-tech: not counted").isEqualByComparingTo(decimal(before, "value"));

        api.certified(enterprise, "INITIAL", LocalDate.of(2019, 12, 31), LocalDate.of(2022, 12, 30));
        JsonNode after = point("high-tech-figures", ENPING);
        assertThat(decimal(after, "value").subtract(decimal(before, "value"))).isEqualByComparingTo("123456789.01");
        assertThat(decimal(after, "profit").subtract(decimal(before, "profit"))).isEqualByComparingTo("-2345678.90");
        assertThat(decimal(after, "taxPaid").subtract(decimal(before, "taxPaid"))).isEqualByComparingTo("3456789.12");
        assertThat(after.get("enterprises").asLong()).isEqualTo(before.get("enterprises").asLong() + 1);
        assertThat(after.get("reported").asLong()).isEqualTo(before.get("reported").asLong() + 1);
        BigDecimal bySql = new BigDecimal(api.fixtures().jdbc().sql("""
                select coalesce(sum(f.revenue), 0) from enterprise_annual_figures f join enterprise e on e.id = f.enterprise_id
                where e.region_code = ? and f.year = ? and exists (select 1 from high_tech_certification h
                    where h.enterprise_id = e.id and h.issued_on <= ? and h.expires_on >= ?
                    and (h.revoked_on is null or h.revoked_on > ?))""")
                .params(ENPING, YEAR, LocalDate.of(YEAR, 12, 31), LocalDate.of(YEAR, 12, 31), LocalDate.of(YEAR, 12, 31))
                .query(BigDecimal.class).single().toPlainString());
        assertThat(decimal(after, "value")).isEqualByComparingTo(bySql);
    }

    @Test
    void anAboveScaleIndustrialEnterpriseHostingAnRdPlatformRaisesTheCoverageAndAServiceEnterpriseDoesNot() {
        JsonNode before = point("rd-platform-coverage", ENPING);
        putFigures(enterprise, YEAR, figures("30000000.00", "1000000.00", "500000.00", "900000.00", true));
        JsonNode without = point("rd-platform-coverage", ENPING);
        assertThat(without.get("aboveScaleIndustrial").asLong()).isEqualTo(before.get("aboveScaleIndustrial").asLong() + 1);
        assertThat(without.get("withPlatform").asLong()).isEqualTo(before.get("withPlatform").asLong());

        assertThat(api.mvc().post().uri("/api/v1/labs").header(HttpHeaders.AUTHORIZATION, api.admin())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"name": "恩平测试工程技术研究中心%s", "kind": "ENGINEERING_TECHNOLOGY_CENTER", "level": "MUNICIPAL",
                         "regionCode": "%s", "hostEnterpriseId": %d, "recognizedOn": "2019-12-31"}"""
                        .formatted(uniqueWord(), ENPING, enterprise)).exchange()).hasStatus(HttpStatus.CREATED);
        JsonNode with = point("rd-platform-coverage", ENPING);
        assertThat(with.get("withPlatform").asLong()).isEqualTo(before.get("withPlatform").asLong() + 1);
        assertThat(decimal(with, "value")).isEqualByComparingTo(new BigDecimal(with.get("withPlatform").asLong())
                .divide(new BigDecimal(with.get("aboveScaleIndustrial").asLong()), 6, java.math.RoundingMode.HALF_EVEN));

        // the registry's name and GB/T 4754's (软件和信息技术服务业), which the scale generator writes
        for (String industry : List.of("软件和信息服务", "软件和信息技术服务")) {
            Map<String, Object> service = EnterpriseApi.enterprise(ENPING, uniqueWord());
            service.put("industry", industry);
            long software = json(api.create(api.admin(), service)).get("id").asLong();
            putFigures(software, YEAR, figures("30000000.00", "1000000.00", "500000.00", "900000.00", true));
            assertThat(point("rd-platform-coverage", ENPING).get("aboveScaleIndustrial").asLong())
                    .as("a service enterprise (%s) is not industrial", industry)
                    .isEqualTo(with.get("aboveScaleIndustrial").asLong());
        }
    }

    @Test
    void theEnterprisesRdExpenseStandsBesideTheStatisticsBureausWithoutBeingAdded() {
        JsonNode before = point("enterprise-rd-expense", ENPING);
        putFigures(enterprise, YEAR, figures("30000000.00", "1000000.00", "500000.00", "1234567.89", false));
        JsonNode after = point("enterprise-rd-expense", ENPING);
        assertThat(decimal(after, "value").subtract(decimal(before, "value"))).isEqualByComparingTo("1234567.89");
        assertThat(after.get("reported").asLong()).isEqualTo(before.get("reported").asLong() + 1);
        java.util.List<BigDecimal> bureau = api.fixtures().jdbc()
                .sql("select rd_expenditure from regional_statistic where region_code = ? and year = ?")
                .params(ENPING, YEAR).query(BigDecimal.class).list();
        if (bureau.isEmpty()) {
            assertThat(after.get("statisticsRdExpenditure").isNull()).isTrue();
        } else {
            assertThat(decimal(after, "statisticsRdExpenditure")).isEqualByComparingTo(bureau.get(0));
        }
    }
}
