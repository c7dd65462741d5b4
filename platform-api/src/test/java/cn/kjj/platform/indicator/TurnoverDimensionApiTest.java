package cn.kjj.platform.indicator;

import static cn.kjj.platform.indicator.IndicatorApiTest.dec;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiTest;
import cn.kjj.platform.contract.ContractType;
import cn.kjj.platform.contract.FilingDetails;
import cn.kjj.platform.contract.IpType;
import cn.kjj.platform.contract.PartyNature;
import cn.kjj.platform.contract.PaymentMethod;
import cn.kjj.platform.contract.PlanSource;
import cn.kjj.platform.contract.TechnologyField;
import cn.kjj.platform.identity.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * contract-turnover by every dimension of the registration form, for output (Heshan sells) and absorption
 * (Enping buys), on contracts registered in 2061, a year no other test uses: three registered (one within the
 * province with a 核定 amount below the declared one, one to Beijing, one abroad) and one refused.
 */
@ApiTest
class TurnoverDimensionApiTest {

    static final String BASE = "/api/v1/indicators/contract-turnover";
    static final String HESHAN = "440784";
    static final String ENPING = "440785";
    static final String BEIJING_DISTRICT = "110105";
    static final String YEAR = "&from=2061-01-01&to=2061-12-31";
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static long withinProvince;
    private static long abroad;

    @Autowired
    MockMvcTester mvc;
    @Autowired
    IndicatorFixtures fx;

    @BeforeEach
    synchronized void registerOnce() {
        if (withinProvince != 0) {
            return;
        }
        fx.on(LocalDate.of(2061, 3, 10));
        long university = fx.fixtures().enterprise(HESHAN);
        fx.fixtures().jdbc().sql("update enterprise set nature = 'UNIVERSITY' where id = ?").param(university).update();
        long firm = fx.fixtures().enterprise(HESHAN);
        withinProvince = fx.registered(fx.submitted(university, ENPING, ContractType.TECHNOLOGY_DEVELOPMENT,
                "1000000.00", TechnologyField.BIOMEDICINE,
                new FilingDetails(IpType.PATENT, PlanSource.PROVINCIAL, PaymentMethod.LUMP_SUM),
                PartyNature.RESEARCH_INSTITUTE), "800000.00");
        fx.registered(fx.submitted(firm, BEIJING_DISTRICT, ContractType.TECHNICAL_SERVICE, "250000.55",
                TechnologyField.ELECTRONIC_INFORMATION,
                new FilingDetails(IpType.SOFTWARE_COPYRIGHT, PlanSource.NONE, PaymentMethod.INSTALMENTS),
                PartyNature.ENTERPRISE));
        abroad = fx.registered(fx.submitted(firm, null, ContractType.TECHNOLOGY_TRANSFER, "333333.33",
                TechnologyField.BIOMEDICINE, new FilingDetails(IpType.PATENT, PlanSource.NATIONAL, PaymentMethod.ROYALTY),
                null));
        fx.rejected(fx.submitted(firm, ENPING, ContractType.TECHNICAL_CONSULTING, "999.00",
                TechnologyField.NEW_MATERIALS, FilingDetails.DEFAULTS, PartyNature.ENTERPRISE));
        // the registry's nature changes after filing: the contract keeps the nature it was filed with
        fx.fixtures().jdbc().sql("update enterprise set nature = 'ENTERPRISE' where id = ?").param(university).update();
    }

    @AfterEach
    void resetClock() {
        fx.clock().reset();
    }

    @Test
    void everyDimensionSplitsTheOutputIntoItsGroupsWhichSumToTheTotal() {
        JsonNode total = get(BASE + "?region=" + HESHAN + YEAR).get("series").get(0);
        assertThat(total.get("count").asLong()).isEqualTo(3);
        assertThat(dec(total.get("value"))).isEqualByComparingTo("1583333.88");
        assertThat(dec(total.get("techTransactionAmount"))).isEqualByComparingTo("1383333.88");
        for (TurnoverDimension by : TurnoverDimension.values()) {
            Map<String, JsonNode> groups = groups(HESHAN, "SELLER", by);
            assertThat(groups.keySet()).as("groups of %s", by).containsExactlyElementsOf(by.groups());
            assertSumsTo(groups, total, by);
        }
        Map<String, JsonNode> flow = groups(HESHAN, "SELLER", TurnoverDimension.FLOW);
        assertPoint(flow.get("WITHIN_PROVINCE"), 1, "1000000.00", "800000.00");
        assertPoint(flow.get("OTHER_PROVINCE"), 1, "250000.55", "250000.55");
        assertPoint(flow.get("ABROAD"), 1, "333333.33", "333333.33");
        assertPoint(groups(HESHAN, "SELLER", TurnoverDimension.FIELD).get("BIOMEDICINE"), 2, "1333333.33", "1133333.33");
        assertPoint(groups(HESHAN, "SELLER", TurnoverDimension.SELLER_NATURE).get("UNIVERSITY"), 1, "1000000.00",
                "800000.00");
        Map<String, JsonNode> buyers = groups(HESHAN, "SELLER", TurnoverDimension.BUYER_NATURE);
        assertThat(buyers.get("RESEARCH_INSTITUTE").get("count").asLong()).isEqualTo(1);
        assertThat(buyers.get("FOREIGN").get("count").asLong()).isEqualTo(1);
        assertThat(groups(HESHAN, "SELLER", TurnoverDimension.IP_TYPE).get("PATENT").get("count").asLong()).isEqualTo(2);
        assertThat(groups(HESHAN, "SELLER", TurnoverDimension.PLAN_SOURCE).get("NATIONAL").get("count").asLong())
                .isEqualTo(1);
        assertThat(groups(HESHAN, "SELLER", TurnoverDimension.TYPE).get("TECHNICAL_CONSULTING").get("count").asLong())
                .as("the refused contract counts nowhere").isZero();
    }

    @Test
    void absorptionCountsTheBuyersRegionAndNeverAddsToItsOutput() {
        JsonNode absorbed = get(BASE + "?region=" + ENPING + "&perspective=BUYER" + YEAR).get("series").get(0);
        assertThat(absorbed.get("count").asLong()).isEqualTo(1);
        for (TurnoverDimension by : TurnoverDimension.values()) {
            assertSumsTo(groups(ENPING, "BUYER", by), absorbed, by);
        }
        assertPoint(groups(ENPING, "BUYER", TurnoverDimension.FLOW).get("WITHIN_PROVINCE"), 1, "1000000.00",
                "800000.00");
        assertPoint(groups(ENPING, "BUYER", TurnoverDimension.SELLER_NATURE).get("UNIVERSITY"), 1, "1000000.00",
                "800000.00");
        assertThat(get(BASE + "?region=" + ENPING + YEAR).get("series").get(0).get("count").asLong())
                .as("Enping's output").isZero();
        assertThat(get(BASE + "?region=" + HESHAN + "&perspective=BUYER" + YEAR).get("series").get(0)
                .get("count").asLong()).as("Heshan's absorption").isZero();
    }

    @Test
    void aGroupsLineageListsExactlyTheContractsOfThatGroup() {
        JsonNode point = groups(HESHAN, "SELLER", TurnoverDimension.FIELD).get("BIOMEDICINE");
        assertThat(point.get("lineage").asString()).contains("by=FIELD").contains("group=BIOMEDICINE");
        JsonNode lineage = get(point.get("lineage").asString());
        assertThat(lineage.get("total").asLong()).isEqualTo(2);
        List<Long> ids = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode r : lineage.get("records")) {
            ids.add(r.get("id").asLong());
            sum = sum.add(dec(r.get("techTransactionAmount")));
            assertThat(r.get("technologyField").asString()).isEqualTo("BIOMEDICINE");
        }
        assertThat(ids).containsExactlyInAnyOrder(withinProvince, abroad);
        assertThat(sum).isEqualByComparingTo(dec(point.get("techTransactionAmount")));
        JsonNode abroadOnly = get(groups(HESHAN, "SELLER", TurnoverDimension.FLOW).get("ABROAD").get("lineage")
                .asString());
        assertThat(abroadOnly.get("records").get(0).get("id").asLong()).isEqualTo(abroad);
    }

    @Test
    void anUnknownDimensionIs400ListingTheAllowedOnes() throws Exception {
        MvcTestResult result = mvc.get().uri(BASE + "?region=" + HESHAN + "&by=COLOUR")
                .header(HttpHeaders.AUTHORIZATION, fx.fixtures().quickBearer(Role.ANALYST)).exchange();
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode error = JSON.readTree(result.getResponse().getContentAsByteArray()).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("by");
        for (TurnoverDimension d : TurnoverDimension.values()) {
            assertThat(error.get("message").asString()).contains(d.name());
        }
        MvcTestResult badGroup = mvc.get().uri("/api/v1/indicators/contract-turnover/lineage?region=" + HESHAN
                        + "&period=2061&by=FLOW&group=MARS")
                .header(HttpHeaders.AUTHORIZATION, fx.fixtures().quickBearer(Role.ANALYST)).exchange();
        assertThat(badGroup).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(JSON.readTree(badGroup.getResponse().getContentAsByteArray()).get("errors").get(0).get("field")
                .asString()).isEqualTo("group");
    }

    @Test
    void theCsvOfASplitSeriesHasAGroupColumn() throws Exception {
        MvcTestResult result = mvc.get().uri(BASE + "?region=" + HESHAN + YEAR + "&by=FLOW&format=csv")
                .header(HttpHeaders.AUTHORIZATION, fx.fixtures().quickBearer(Role.ANALYST)).exchange();
        assertThat(result).hasStatusOk();
        String csv = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).contains("group").doesNotContain("type");
        assertThat(csv).contains("2061,1000000.00,WITHIN_PROVINCE,1,1000000.00,800000.00,SELLER");
    }

    private Map<String, JsonNode> groups(String region, String perspective, TurnoverDimension by) {
        Map<String, JsonNode> groups = new LinkedHashMap<>();
        for (JsonNode p : get(BASE + "?region=" + region + "&perspective=" + perspective + YEAR + "&by=" + by)
                .get("series")) {
            assertThat(p.get("period").asString()).isEqualTo("2061");
            groups.put(p.get("group").asString(), p);
        }
        return groups;
    }

    private static void assertSumsTo(Map<String, JsonNode> groups, JsonNode total, TurnoverDimension by) {
        long count = 0;
        BigDecimal value = BigDecimal.ZERO;
        BigDecimal tech = BigDecimal.ZERO;
        for (JsonNode p : groups.values()) {
            count += p.get("count").asLong();
            value = value.add(dec(p.get("value")));
            tech = tech.add(dec(p.get("techTransactionAmount")));
        }
        assertThat(count).as("count by %s", by).isEqualTo(total.get("count").asLong());
        assertThat(value).as("turnover by %s", by).isEqualByComparingTo(dec(total.get("value")));
        assertThat(tech).as("技术交易额 by %s", by).isEqualByComparingTo(dec(total.get("techTransactionAmount")));
    }

    private static void assertPoint(JsonNode point, long count, String value, String tech) {
        assertThat(point.get("count").asLong()).isEqualTo(count);
        assertThat(dec(point.get("value"))).isEqualByComparingTo(value);
        assertThat(dec(point.get("techTransactionAmount"))).isEqualByComparingTo(tech);
    }

    private JsonNode get(String url) {
        MvcTestResult result = mvc.get().uri(url)
                .header(HttpHeaders.AUTHORIZATION, fx.fixtures().quickBearer(Role.ANALYST)).exchange();
        assertThat(result).hasStatusOk();
        return JSON.readTree(result.getResponse().getContentAsByteArray());
    }
}
