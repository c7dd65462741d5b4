package cn.kjj.platform.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiTest;
import cn.kjj.platform.enterprise.CertificationKind;
import cn.kjj.platform.identity.Role;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every indicator against hand-computed fixtures. Fixtures live in years no other test uses (2031
 * to 2039, by the test clock); where other data may share a region, the test asserts the change
 * its fixture makes.
 */
@ApiTest
class IndicatorApiTest {

    static final String BASE = "/api/v1/indicators";
    static final String JIANGHAI = "440704";
    static final String PENGJIANG = "440703";
    static final String JIANGMEN = "440700";
    static final String[] DISTRICTS = {"440703", "440704", "440705", "440781", "440783", "440784", "440785"};
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    @Autowired
    MockMvcTester mvc;
    @Autowired
    IndicatorFixtures fx;

    @AfterEach
    void resetClock() {
        fx.clock().reset();
    }

    JsonNode get(String url) {
        MvcTestResult result = mvc.get().uri(url).header(HttpHeaders.AUTHORIZATION, analyst()).exchange();
        assertThat(result).hasStatusOk();
        return JSON.readTree(result.getResponse().getContentAsByteArray());
    }

    String analyst() {
        return fx.fixtures().quickBearer(Role.ANALYST);
    }

    static BigDecimal dec(JsonNode node) {
        return node.decimalValue();
    }

    static JsonNode point(JsonNode body, String period) {
        for (JsonNode p : body.get("series")) {
            if (p.get("period").asString().equals(period)) {
                return p;
            }
        }
        throw new AssertionError("no point " + period + " in " + body);
    }

    @Test
    void aCitysRdIntensityIsTheRatioOfItsSumsNotTheMeanOfItsDistrictsRatios() {
        fx.on(LocalDate.of(2034, 3, 1));
        // Jianghai 10 / 100 = 0.1; Pengjiang 3 / 300 = 0.01; the five others 1 / 100 = 0.01 each
        for (String d : DISTRICTS) {
            switch (d) {
                case JIANGHAI -> fx.statistic(d, 2033, "10000000000.00", "1000000000.00");
                case PENGJIANG -> fx.statistic(d, 2033, "30000000000.00", "300000000.00");
                default -> fx.statistic(d, 2033, "10000000000.00", "100000000.00");
            }
        }
        JsonNode city = point(get(BASE + "/rd-intensity?region=440700&from=2033&to=2033"), "2033");
        // (10 + 3 + 5 × 1) / (100 + 300 + 5 × 100) = 18 / 900 = 0.02
        assertThat(dec(city.get("rdExpenditure"))).isEqualByComparingTo("1800000000.00");
        assertThat(dec(city.get("gdp"))).isEqualByComparingTo("90000000000.00");
        assertThat(dec(city.get("value"))).isEqualByComparingTo("0.02");
        BigDecimal meanOfRatios = new BigDecimal("0.16").divide(BigDecimal.valueOf(7), 6, RoundingMode.HALF_EVEN);
        assertThat(dec(city.get("value"))).isNotEqualByComparingTo(meanOfRatios);
        JsonNode jianghai = point(get(BASE + "/rd-intensity?region=440704&from=2033&to=2033"), "2033");
        assertThat(dec(jianghai.get("value"))).isEqualByComparingTo("0.1");
    }

    @Test
    void aYearWithoutFiguresForEveryDistrictIsLeftOutOfTheCityButNotOfTheDistrict() {
        fx.on(LocalDate.of(2033, 3, 1));
        fx.statistic(JIANGHAI, 2032, "20000000000.00", "1142000000.00");
        assertThat(get(BASE + "/rd-intensity?region=440700&from=2032&to=2032").get("series")).isEmpty();
        JsonNode point = point(get(BASE + "/rd-intensity?region=440704&from=2032&to=2032"), "2032");
        assertThat(dec(point.get("value"))).isEqualByComparingTo("0.0571");
        assertThat(point.get("lineage").asString())
                .isEqualTo("/api/v1/indicators/rd-intensity/lineage?region=440704&period=2032");
    }

    @Test
    void aContractSoldFromJianghaiToPengjiangCountsForTheSellerAndTheBuyerButOnceInTheCity() {
        String url = BASE + "/contract-turnover?from=2035-01-01&to=2035-12-31&period=YEAR";
        JsonNode jhBefore = point(get(url + "&region=440704"), "2035");
        JsonNode pjBuyerBefore = point(get(url + "&region=440703&perspective=BUYER"), "2035");
        JsonNode pjSellerBefore = point(get(url + "&region=440703"), "2035");
        JsonNode cityBefore = point(get(url + "&region=440700"), "2035");
        fx.on(LocalDate.of(2035, 5, 20));
        fx.registered(JIANGHAI, PENGJIANG, "1234567.89");

        assertDelta(jhBefore, point(get(url + "&region=440704"), "2035"), 1, "1234567.89");
        assertDelta(pjBuyerBefore, point(get(url + "&region=440703&perspective=BUYER"), "2035"), 1, "1234567.89");
        assertDelta(pjSellerBefore, point(get(url + "&region=440703"), "2035"), 0, "0");
        assertDelta(cityBefore, point(get(url + "&region=440700"), "2035"), 1, "1234567.89");
    }

    @Test
    void aRevokedContractLeavesTheTurnover() {
        String url = BASE + "/contract-turnover?region=440704&from=2038-01-01&to=2038-12-31&period=QUARTER";
        JsonNode before = point(get(url), "2038-Q3");
        fx.on(LocalDate.of(2038, 8, 8));
        long id = fx.registered(JIANGHAI, PENGJIANG, "2000000.00");
        assertDelta(before, point(get(url), "2038-Q3"), 1, "2000000.00");
        fx.on(LocalDate.of(2038, 9, 1));
        fx.revokeContract(id);
        assertDelta(before, point(get(url), "2038-Q3"), 0, "0");
    }

    @Test
    void registrationsOn30JuneAnd1JulyFallInDifferentHalvesAnd31DecemberAnd1JanuaryInDifferentYears() {
        String url = BASE + "/contract-turnover?region=440785&from=2036-01-01&to=2037-06-30&period=HALF_YEAR";
        JsonNode before = get(url);
        for (LocalDate day : new LocalDate[] {LocalDate.of(2036, 6, 30), LocalDate.of(2036, 7, 1),
                LocalDate.of(2036, 12, 31), LocalDate.of(2037, 1, 1)}) {
            fx.on(day);
            fx.registered("440785", null, "100.00");
        }
        JsonNode after = get(url);
        assertThat(after.get("series")).hasSize(3);
        assertDelta(point(before, "2036-H1"), point(after, "2036-H1"), 1, "100.00");
        assertDelta(point(before, "2036-H2"), point(after, "2036-H2"), 2, "200.00");
        assertDelta(point(before, "2037-H1"), point(after, "2037-H1"), 1, "100.00");
    }

    @Test
    void amountsSumExactlyWhereAFloatingPointSumWouldDrift() {
        String[] amounts = {"0.10", "0.20", "0.70", "1234567.89", "1234567.89", "1234567.89", "0.01"};
        double floating = 0;
        for (String a : amounts) {
            floating += Double.parseDouble(a);
        }
        assertThat(BigDecimal.valueOf(floating)).isNotEqualByComparingTo("3703704.68");
        String url = BASE + "/contract-turnover?region=440784&from=2039-01-01&to=2039-12-31&period=MONTH";
        JsonNode before = point(get(url), "2039-04");
        fx.on(LocalDate.of(2039, 4, 15));
        long seller = fx.fixtures().enterprise("440784");
        for (String a : amounts) {
            fx.registered(seller, null, cn.kjj.platform.contract.ContractType.TECHNICAL_SERVICE, a);
        }
        JsonNode after = get(url);
        assertThat(after.get("series")).hasSize(12);
        assertDelta(before, point(after, "2039-04"), 7, "3703704.68");
    }

    @Test
    void turnoverByTypeGivesEveryTypeInEveryPeriodWithZerosWhereNothingWasRegistered() {
        JsonNode body = get(BASE + "/contract-turnover?region=440700&from=2099-01-01&to=2099-06-30&period=QUARTER&by=TYPE");
        assertThat(body.get("series")).hasSize(10);
        JsonNode first = body.get("series").get(0);
        assertThat(first.get("period").asString()).isEqualTo("2099-Q1");
        assertThat(first.get("count").asLong()).isZero();
        assertThat(dec(first.get("value"))).isEqualByComparingTo("0");
        assertThat(first.get("lineage").asString()).contains("perspective=SELLER").contains("type=");
    }

    @Test
    void aCertificateEnding31DecemberCountsInThatYearsStockAndOneEnding30DecemberDoesNot() {
        String url = BASE + "/high-tech-enterprises?region=440783&from=2030&to=2032";
        JsonNode before = get(url);
        fx.on(LocalDate.of(2033, 2, 1));
        long a = fx.fixtures().enterprise("440783");
        long b = fx.fixtures().enterprise("440783");
        long c = fx.fixtures().enterprise("440783");
        fx.certify(a, CertificationKind.INITIAL, LocalDate.of(2029, 1, 1), LocalDate.of(2031, 12, 31));
        long bCert = fx.certify(b, CertificationKind.INITIAL, LocalDate.of(2029, 1, 2), LocalDate.of(2032, 1, 1));
        fx.certify(c, CertificationKind.INITIAL, LocalDate.of(2028, 12, 31), LocalDate.of(2031, 12, 30));
        JsonNode after = get(url);
        assertThat(delta(before, after, "2030", "value")).isEqualTo(3);
        assertThat(delta(before, after, "2031", "value")).isEqualTo(2);   // a (31 Dec) and b (1 Jan); not c
        assertThat(delta(before, after, "2032", "value")).isZero();
        assertThat(delta(before, after, "2031", "expired")).isEqualTo(1);  // c: first day out of force 31 Dec 2031
        assertThat(delta(before, after, "2032", "expired")).isEqualTo(2);  // a on 1 Jan, b on 2 Jan 2032

        fx.revokeCertification(b, bCert, LocalDate.of(2031, 6, 30));
        JsonNode revoked = get(url);
        assertThat(delta(before, revoked, "2031", "value")).isEqualTo(1);
        assertThat(delta(before, revoked, "2031", "revoked")).isEqualTo(1);
        assertThat(delta(before, revoked, "2032", "expired")).isEqualTo(1);
    }

    @Test
    void highTechGrowthAndCagrAreExactFractionsOfTheStock() {
        JsonNode body = get(BASE + "/high-tech-enterprises?region=440700&from=2090&to=2092");
        assertThat(body.get("series")).hasSize(3);
        assertThat(point(body, "2090").get("growthRate").isNull()).isTrue();
        assertThat(HighTechIndicator.cagr(100, 121, 2)).isEqualByComparingTo("0.1");
        assertThat(HighTechIndicator.cagr(407, 672, 2)).isEqualByComparingTo("0.284954");
        assertThat(HighTechIndicator.cagr(0, 10, 2)).isNull();
    }

    @Test
    void theCatalogueDefinesEveryIndicatorOnce() {
        JsonNode body = get(BASE);
        assertThat(body).hasSize(12);
        assertThat(body.get(1).get("id").asString()).isEqualTo("contract-turnover");
        assertThat(body.get(5).get("id").asString()).isEqualTo("tech-smes");
        assertThat(body.get(6).get("id").asString()).isEqualTo("technology-matching");
        assertThat(body.get(7).get("id").asString()).isEqualTo("high-tech-applications");
        assertThat(body.get(8).get("id").asString()).isEqualTo("cultivation");
        assertThat(body.get(11).get("id").asString()).isEqualTo("enterprise-rd-expense");
        assertThat(body.get(1).get("definition").asString()).contains("技术输出").contains("技术吸纳")
                .contains("never added together");
    }

    @Test
    void anUnknownRegionIs404() {
        assertThat(mvc.get().uri(BASE + "/rd-intensity?region=999999").header(HttpHeaders.AUTHORIZATION, analyst()))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void aReversedRangeIs400NamingTo() {
        assertThat(mvc.get().uri(BASE + "/high-tech-enterprises?region=440700&from=2023&to=2020")
                .header(HttpHeaders.AUTHORIZATION, analyst()))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.errors[0].field", v -> v.assertThat().isEqualTo("to"));
    }

    @Test
    void aRangeThatDoesNotStartAPeriodIs400NamingFrom() {
        assertThat(mvc.get().uri(BASE + "/contract-turnover?region=440700&from=2023-02-01&to=2023-12-31&period=YEAR")
                .header(HttpHeaders.AUTHORIZATION, analyst()))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.errors[0].field", v -> v.assertThat().isEqualTo("from"));
    }

    @Test
    void enterprisesMayNotReadIndicatorsAndAnonymousCallersMustAuthenticate() {
        String clerk = fx.fixtures().enterpriseBearer(fx.fixtures().enterprise());
        assertThat(mvc.get().uri(BASE).header(HttpHeaders.AUTHORIZATION, clerk)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri(BASE)).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(mvc.get().uri(BASE).header(HttpHeaders.AUTHORIZATION, fx.fixtures().officialBearer(JIANGMEN)))
                .hasStatusOk();
    }

    @Test
    void eachIndicatorDownloadsAsCsvWithBomAndHeader() {
        for (String path : new String[] {"/rd-intensity?region=440700", "/contract-turnover?region=440700",
                "/high-tech-enterprises?region=440700", "/innovation-platforms?region=440700",
                "/program-funding?region=440700"}) {
            MvcTestResult result = mvc.get().uri(BASE + path).header(HttpHeaders.AUTHORIZATION, analyst())
                    .header(HttpHeaders.ACCEPT, "text/csv").exchange();
            assertThat(result).hasStatusOk();
            String text = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
            assertThat(text).as(path).startsWith("\uFEFFregion,period,value");
        }
    }

    @Test
    void aPlainLinkWithFormatCsvDownloadsTheFileWhateverTheBrowserAccepts() {
        for (String path : new String[] {"/rd-intensity?region=440700", "/contract-turnover?region=440700",
                "/high-tech-enterprises?region=440700", "/innovation-platforms?region=440700",
                "/program-funding?region=440700"}) {
            MvcTestResult result = mvc.get().uri(BASE + path + "&format=csv")
                    .header(HttpHeaders.AUTHORIZATION, analyst())
                    .header(HttpHeaders.ACCEPT, "text/html,application/xhtml+xml,*/*;q=0.8").exchange();
            assertThat(result).hasStatusOk();
            assertThat(result.getResponse().getContentType()).as(path).startsWith("text/csv");
        }
    }

    @Test
    void aTurnoverPointOpensIntoTheContractsItIsMadeOf() {
        fx.on(LocalDate.of(2037, 11, 11));
        long id = fx.registered("440781", PENGJIANG, "4321.00");
        JsonNode point = point(get(BASE + "/contract-turnover?region=440781&from=2037-11-01&to=2037-11-30&period=MONTH"),
                "2037-11");
        JsonNode lineage = get(point.get("lineage").asString());
        assertThat(lineage.get("total").asLong()).isEqualTo(point.get("count").asLong());
        boolean found = false;
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode r : lineage.get("records")) {
            found |= r.get("id").asLong() == id;
            sum = sum.add(dec(r.get("contractAmount")));
            assertThat(r.get("registrationNo").asString()).hasSize(16);
        }
        assertThat(found).isTrue();
        assertThat(sum).isEqualByComparingTo(dec(point.get("value")));
    }

    private static long delta(JsonNode before, JsonNode after, String period, String field) {
        return point(after, period).get(field).asLong() - point(before, period).get(field).asLong();
    }

    private static void assertDelta(JsonNode before, JsonNode after, long count, String amount) {
        assertThat(after.get("count").asLong() - before.get("count").asLong()).isEqualTo(count);
        assertThat(dec(after.get("value")).subtract(dec(before.get("value")))).isEqualByComparingTo(amount);
        assertThat(dec(after.get("contractAmount")).subtract(dec(before.get("contractAmount"))))
                .isEqualByComparingTo(amount);
    }
}
