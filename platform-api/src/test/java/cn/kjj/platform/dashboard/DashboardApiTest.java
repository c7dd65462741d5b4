package cn.kjj.platform.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiTest;
import cn.kjj.platform.contract.ContractType;
import cn.kjj.platform.enterprise.CertificationKind;
import cn.kjj.platform.enterprise.EnterpriseDetails;
import cn.kjj.platform.enterprise.EnterpriseQueries;
import cn.kjj.platform.enterprise.EnterpriseService;
import cn.kjj.platform.enterprise.EnterpriseView;
import cn.kjj.platform.identity.Role;
import cn.kjj.platform.indicator.IndicatorFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard API against hand-computed fixtures in Heshan (440784) in 2051 and 2052, years no
 * other test uses; counts that other tests' records could share (queue, renewals) are asserted as
 * the change the fixture makes.
 */
@ApiTest
class DashboardApiTest {

    static final String HESHAN = "440784";
    static final String JIANGHAI = "440704";
    static final String JIANGMEN = "440700";
    static final String XINHUI = "440705";
    static final LocalDate TODAY = LocalDate.of(2052, 6, 15);
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    @Autowired
    MockMvcTester mvc;
    @Autowired
    IndicatorFixtures fx;
    @Autowired
    EnterpriseQueries enterpriseQueries;
    @Autowired
    EnterpriseService enterpriseService;

    @AfterEach
    void resetClock() {
        fx.clock().reset();
    }

    JsonNode get(String url, String bearer) {
        MvcTestResult result = mvc.get().uri(url).header(HttpHeaders.AUTHORIZATION, bearer).exchange();
        assertThat(result).hasStatusOk();
        return JSON.readTree(result.getResponse().getContentAsByteArray());
    }

    static BigDecimal dec(JsonNode node) {
        return node.decimalValue();
    }

    @Test
    void theTilesCompareTheYearWithTheYearBeforeExactlyAndTheQueueAndRenewalsCountWhatTheFixtureAdds() {
        fx.on(TODAY);
        String official = fx.fixtures().officialBearer(HESHAN);
        JsonNode before = get("/api/v1/dashboard?region=" + HESHAN, official);

        // stock: 3 in force in both years, 2 new in 2052, 1 ending 2052-09-30 (in force on 31 Dec 2051 only)
        for (int i = 0; i < 3; i++) {
            fx.certify(fx.fixtures().enterprise(HESHAN), CertificationKind.INITIAL, LocalDate.of(2050, 1, 10), null);
        }
        for (int i = 0; i < 2; i++) {
            fx.certify(fx.fixtures().enterprise(HESHAN), CertificationKind.INITIAL, LocalDate.of(2052, 3, 1), null);
        }
        fx.certify(fx.fixtures().enterprise(HESHAN), CertificationKind.INITIAL, LocalDate.of(2049, 10, 1),
                LocalDate.of(2052, 9, 30));
        // turnover: January to June 2051 = 1,000,000.00 (August does not count); 2052 so far = 1,500,000.00
        fx.on(LocalDate.of(2051, 3, 10));
        fx.registered(HESHAN, JIANGHAI, "1000000.00");
        fx.on(LocalDate.of(2051, 8, 1));
        fx.registered(HESHAN, JIANGHAI, "4000000.00");
        fx.on(LocalDate.of(2052, 2, 10));
        fx.registered(HESHAN, JIANGHAI, "1500000.00");
        // the queue: one submitted in May (overdue by 15 June), one the day before
        fx.on(LocalDate.of(2052, 5, 2));
        long late = fx.submitted(fx.fixtures().enterprise(HESHAN), JIANGHAI, ContractType.TECHNICAL_CONSULTING,
                "20000.00");
        fx.on(TODAY.minusDays(1));
        fx.submitted(fx.fixtures().enterprise(HESHAN), JIANGHAI, ContractType.TECHNICAL_CONSULTING, "30000.00");
        // R&D intensity 0.01 in 2051, 0.012 in 2052
        fx.statistic(HESHAN, 2051, "10000000000.00", "100000000.00");
        fx.statistic(HESHAN, 2052, "10000000000.00", "120000000.00");
        fx.on(TODAY);

        JsonNode d = get("/api/v1/dashboard?region=" + HESHAN, official);

        assertThat(d.get("year").asInt()).isEqualTo(2052);
        assertThat(d.get("region").get("code").asString()).isEqualTo(HESHAN);
        // this year: the enterprises certified today (6, the one ending in September included) against the
        // stock on 31 December 2051 (4)
        JsonNode stock = d.get("highTechStock");
        assertThat(dec(stock.get("value"))).isEqualByComparingTo("6");
        assertThat(dec(stock.get("previous"))).isEqualByComparingTo("4");
        assertThat(dec(stock.get("change"))).isEqualTo(new BigDecimal("0.500000"));
        assertThat(stock.get("period").asString()).isEqualTo("2052-06-15");
        JsonNode turnover = d.get("turnover");
        assertThat(d.get("turnoverMonths").asInt()).isEqualTo(6);
        assertThat(dec(turnover.get("value"))).isEqualTo(new BigDecimal("1500000.00"));
        assertThat(dec(turnover.get("previous"))).isEqualTo(new BigDecimal("1000000.00"));
        assertThat(dec(turnover.get("change"))).isEqualTo(new BigDecimal("0.500000"));
        assertThat(turnover.get("period").asString()).isEqualTo("2052-01/2052-06");
        JsonNode rd = d.get("rdIntensity");
        assertThat(dec(rd.get("value"))).isEqualTo(new BigDecimal("0.012000"));
        assertThat(dec(rd.get("change"))).isEqualTo(new BigDecimal("0.200000"));
        assertThat(d.get("awaitingReview").asLong()).isEqualTo(before.get("awaitingReview").asLong() + 2);
        assertThat(d.get("overdue").asLong()).isEqualTo(before.get("overdue").asLong() + 1);
        assertThat(d.get("expiring").asLong()).isEqualTo(before.get("expiring").asLong() + 1);
        assertThat(d.get("expiringWithinDays").asInt()).isEqualTo(180);
        assertThat(d.get("highTechTrend")).hasSize(5);
        assertThat(d.get("subregions")).isEmpty();

        // the same figures as the indicator API and the list behind the tile answer
        JsonNode indicator = get("/api/v1/indicators/high-tech-enterprises?region=" + HESHAN + "&from=2048&to=2052",
                official);
        assertThat(dec(indicator.get("series").get(3).get("value"))).isEqualByComparingTo(dec(stock.get("previous")));
        JsonNode list = get("/api/v1/enterprises?region=" + HESHAN + "&highTech=true&size=1", official);
        assertThat(list.get("page").get("totalElements").asLong()).isEqualTo(stock.get("value").asLong());
        // a past year: 31 December against 31 December
        JsonNode lastYear = get("/api/v1/dashboard?region=" + HESHAN + "&year=2051", official);
        assertThat(dec(lastYear.get("highTechStock").get("value"))).isEqualByComparingTo("4");
        assertThat(lastYear.get("turnoverMonths").asInt()).isEqualTo(12);
        assertThat(dec(lastYear.get("turnover").get("value"))).isEqualTo(new BigDecimal("5000000.00"));

        // the city compares its districts, Heshan among them with its own figures
        JsonNode city = get("/api/v1/dashboard?region=" + JIANGMEN, fx.fixtures().officialBearer(JIANGMEN));
        assertThat(city.get("subregions")).hasSize(7);
        JsonNode heshan = null;
        for (JsonNode s : city.get("subregions")) {
            if (s.get("region").get("code").asString().equals(HESHAN)) {
                heshan = s;
            }
        }
        assertThat(heshan).isNotNull();
        assertThat(heshan.get("highTechStock").asLong()).isEqualTo(6);
        assertThat(dec(heshan.get("turnover"))).isEqualTo(new BigDecimal("1500000.00"));

        // the counts follow the lists as they change (decision 0048): the late one registered leaves the queue and
        // the overdue count at once, and this year's turnover gains it
        fx.registered(late);
        JsonNode after = get("/api/v1/dashboard?region=" + HESHAN, official);
        assertThat(after.get("awaitingReview").asLong()).isEqualTo(before.get("awaitingReview").asLong() + 1);
        assertThat(after.get("overdue").asLong()).isEqualTo(before.get("overdue").asLong());
        assertThat(dec(after.get("turnover").get("value"))).isEqualTo(new BigDecimal("1520000.00"));
    }

    @Test
    void theCertificateCountsFollowGrantsRenewalsMovesAndRevocationsAndAgreeWithTheirLists() {
        // decision 0060: the two certificate tiles read the certificates by their own region, which the schema keeps
        fx.on(LocalDate.of(2053, 1, 15));
        String xinhuiOfficial = fx.fixtures().officialBearer(XINHUI);
        String jianghaiOfficial = fx.fixtures().officialBearer(JIANGHAI);
        JsonNode xinhui = get("/api/v1/dashboard?region=" + XINHUI, xinhuiOfficial);
        JsonNode jianghai = get("/api/v1/dashboard?region=" + JIANGHAI, jianghaiOfficial);
        long enterprise = fx.fixtures().enterprise(XINHUI);

        // granted in 2050, ending 2053-03-09: in force today and in the renewal pipeline
        fx.certify(enterprise, CertificationKind.INITIAL, LocalDate.of(2050, 3, 10), null);
        assertCounts(XINHUI, xinhuiOfficial, xinhui, 1, 1);
        // renewed before it ends: still one enterprise in force (two certificates), out of the pipeline
        long renewal = fx.certify(enterprise, CertificationKind.RENEWAL, LocalDate.of(2053, 1, 10), null);
        assertCounts(XINHUI, xinhuiOfficial, xinhui, 1, 0);
        // the enterprise moves to Jianghai: its certificates count there at once, and no longer in Xinhui
        EnterpriseView view = enterpriseQueries.get(fx.admin(), enterprise);
        enterpriseService.update(fx.admin(), enterprise, new EnterpriseDetails(view.name(), view.creditCode(),
                JIANGHAI, view.industry(), view.foundedOn(), view.employees(), view.rdStaff(), view.revenue(),
                view.rdExpense(), view.nature()), view.version());
        assertCounts(XINHUI, xinhuiOfficial, xinhui, 0, 0);
        assertCounts(JIANGHAI, jianghaiOfficial, jianghai, 1, 0);
        // the renewal revoked today: the first certificate, still in force, is back in the pipeline
        fx.revokeCertification(enterprise, renewal, LocalDate.of(2053, 1, 15));
        assertCounts(JIANGHAI, jianghaiOfficial, jianghai, 1, 1);
        // a day after the first one ends: in force nowhere, in no pipeline
        fx.on(LocalDate.of(2053, 3, 10));
        String laterOfficial = fx.fixtures().officialBearer(JIANGHAI);
        JsonNode later = get("/api/v1/dashboard?region=" + JIANGHAI, laterOfficial);
        assertThat(later.get("highTechStock").get("value").asLong())
                .isEqualTo(listed(JIANGHAI, laterOfficial, "/api/v1/enterprises?highTech=true&region="));
        assertThat(later.get("expiring").asLong())
                .isEqualTo(listed(JIANGHAI, laterOfficial, "/api/v1/certifications/expiring?region="));
    }

    /** The tiles moved by {@code highTech} and {@code expiring} from {@code before}, and say what the lists count. */
    private void assertCounts(String region, String bearer, JsonNode before, long highTech, long expiring) {
        JsonNode d = get("/api/v1/dashboard?region=" + region, bearer);
        long stock = d.get("highTechStock").get("value").asLong();
        assertThat(stock).isEqualTo(before.get("highTechStock").get("value").asLong() + highTech);
        assertThat(d.get("expiring").asLong()).isEqualTo(before.get("expiring").asLong() + expiring);
        assertThat(stock).isEqualTo(listed(region, bearer, "/api/v1/enterprises?highTech=true&region="));
        assertThat(d.get("expiring").asLong()).isEqualTo(listed(region, bearer, "/api/v1/certifications/expiring?region="));
        JsonNode city = get("/api/v1/dashboard?region=" + JIANGMEN, fx.fixtures().officialBearer(JIANGMEN));
        for (JsonNode s : city.get("subregions")) {
            if (s.get("region").get("code").asString().equals(region)) {
                assertThat(s.get("highTechStock").asLong()).isEqualTo(stock);
            }
        }
    }

    private long listed(String region, String bearer, String list) {
        return get(list + region + "&size=1", bearer).get("page").get("totalElements").asLong();
    }

    @Test
    void aDistrictOfficialCannotSeeAnotherDistrictsOrItsCitysDashboard() {
        String official = fx.fixtures().officialBearer(JIANGHAI);

        assertThat(mvc.get().uri("/api/v1/dashboard?region=" + HESHAN).header(HttpHeaders.AUTHORIZATION, official))
                .hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/dashboard?region=" + JIANGMEN).header(HttpHeaders.AUTHORIZATION, official))
                .hasStatus(404);
        assertThat(get("/api/v1/dashboard", official).get("region").get("code").asString()).isEqualTo(JIANGHAI);
    }

    @Test
    void anAnalystSeesAnyRegionWithoutTheReviewQueueAndAnEnterpriseIsForbidden() {
        JsonNode d = get("/api/v1/dashboard?region=" + HESHAN, fx.fixtures().quickBearer(Role.ANALYST));
        assertThat(d.get("awaitingReview").isNull()).isTrue();
        assertThat(d.get("overdue").isNull()).isTrue();
        assertThat(get("/api/v1/dashboard", fx.fixtures().quickBearer(Role.ADMIN)).get("region").get("code").asString())
                .isEqualTo(JIANGMEN);

        String enterprise = fx.fixtures().enterpriseBearer(fx.fixtures().enterprise(JIANGHAI));
        assertThat(mvc.get().uri("/api/v1/dashboard").header(HttpHeaders.AUTHORIZATION, enterprise)).hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/dashboard")).hasStatus(401);
    }

    @Test
    void aYearAfterThisOneIsABadRequestNamingTheYear() throws Exception {
        MvcTestResult result = mvc.get().uri("/api/v1/dashboard?year=2999")
                .header(HttpHeaders.AUTHORIZATION, fx.fixtures().quickBearer(Role.ANALYST)).exchange();

        assertThat(result).hasStatus(400);
        assertThat(result.getResponse().getContentAsString()).contains("\"field\":\"year\"");
    }
}
