package cn.kjj.platform.imports;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiFixtures;
import cn.kjj.platform.ApiTest;
import cn.kjj.platform.contract.ContractApi;
import cn.kjj.platform.contract.ContractType;
import cn.kjj.platform.contract.FilingDetails;
import cn.kjj.platform.contract.IpType;
import cn.kjj.platform.contract.PartyNature;
import cn.kjj.platform.contract.PaymentMethod;
import cn.kjj.platform.contract.PlanSource;
import cn.kjj.platform.contract.TechnologyField;
import cn.kjj.platform.identity.Role;
import cn.kjj.platform.indicator.IndicatorFixtures;
import cn.kjj.platform.indicator.TurnoverDimension;
import cn.kjj.platform.indicator.TurnoverLedger;
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
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registrations of other offices, imported, in every {@code by=} dimension of contract-turnover and in the
 * technology-market tables' absorption (V38): Xinhui's absorption in 2064, a district and year no other test uses,
 * is one contract registered here (its seller in Pengjiang) and three imported ones: from Beijing with every field
 * of the form stated, from abroad with some left out, and one from Tianhe in a file without those columns.
 */
@ApiTest
class ExternalRegistrationDimensionsTest {

    private static final String XINHUI = ImportApi.XINHUI;
    private static final String KIND = "external-contracts";
    private static final String TURNOVER = "/api/v1/indicators/contract-turnover?from=2064-01-01&to=2064-12-31";
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final List<String> NUMBERS = List.of("2064110108000001", "2064440106000002", "2064440106000003");
    private static boolean loaded;

    @Autowired
    ImportApi api;
    @Autowired
    IndicatorFixtures fx;
    @Autowired
    TurnoverLedger turnover;
    @Autowired
    PlatformTransactionManager transactions;

    static List<Object> header(boolean formFields) {
        List<Object> header = new ArrayList<>(ExternalContractImportTest.header());
        if (formFields) {
            header.addAll(List.of("卖方性质", "买方性质", "知识产权类型", "计划来源"));
        }
        return header;
    }

    /** A line of 2064 whose buyer is in Xinhui, with the form's fields after the national export's columns. */
    static List<Object> line(String number, String office, String type, String sellerCountry, String amount,
                             String... form) {
        String sellerCode = "CN".equals(sellerCountry) ? ApiFixtures.randomCreditCode(office) : "";
        List<Object> line = new ArrayList<>(List.of(number, office, "2064-06-15", "2064-05-20", type, "新材料",
                "卖方" + number, sellerCode, "CN".equals(sellerCountry) ? office : "", sellerCountry, "新会买方",
                ApiFixtures.randomCreditCode(XINHUI), XINHUI, amount, amount));
        line.addAll(List.of(form));
        return line;
    }

    @BeforeEach
    synchronized void load() {
        if (loaded) {
            fx.on(LocalDate.of(2065, 2, 1));
            return;
        }
        fx.on(LocalDate.of(2064, 3, 10));
        fx.registered(fx.submitted(fx.fixtures().enterprise(ImportApi.PENGJIANG), XINHUI,
                ContractType.TECHNOLOGY_DEVELOPMENT, "100000.00", TechnologyField.NEW_MATERIALS,
                new FilingDetails(IpType.PATENT, PlanSource.MUNICIPAL, PaymentMethod.LUMP_SUM), PartyNature.ENTERPRISE),
                "90000.00");
        String official = api.fixtures().officialBearer(XINHUI);
        assertThat(api.importNow(official, KIND, "stated.csv", ImportApi.csv(List.of(header(true),
                line(NUMBERS.get(0), "110108", "技术转让", "CN", "300000.00", "RESEARCH_INSTITUTE", "UNIVERSITY",
                        "PATENT", "PROVINCIAL"),
                line(NUMBERS.get(1), "440106", "技术许可", "US", "50000.00", "FOREIGN",
                        "", "", "NONE")))))
                .hasStatus(HttpStatus.CREATED);
        List<Object> bare = line(NUMBERS.get(2), "440106", "技术服务", "CN", "7000.00");
        assertThat(api.importNow(official, KIND, "bare.csv", ImportApi.csv(List.of(header(false), bare))))
                .hasStatus(HttpStatus.CREATED);
        loaded = true;
        fx.on(LocalDate.of(2065, 2, 1));
    }

    @AfterEach
    void resetClock() {
        fx.clock().reset();
    }

    @Test
    void anImportedRegistrationCountsInEveryDimensionItsRecordStates() {
        assertGroup(TurnoverDimension.TYPE, "TECHNOLOGY_TRANSFER", 1, "300000.00");
        assertGroup(TurnoverDimension.TYPE, "TECHNOLOGY_LICENSING", 1, "50000.00");
        assertGroup(TurnoverDimension.TYPE, "TECHNICAL_SERVICE", 1, "7000.00");
        assertGroup(TurnoverDimension.TYPE, "TECHNOLOGY_DEVELOPMENT", 1, "100000.00");
        assertGroup(TurnoverDimension.FIELD, "NEW_MATERIALS", 4, "457000.00");
        assertGroup(TurnoverDimension.SELLER_NATURE, "RESEARCH_INSTITUTE", 1, "300000.00");
        assertGroup(TurnoverDimension.SELLER_NATURE, "FOREIGN", 1, "50000.00");
        assertGroup(TurnoverDimension.BUYER_NATURE, "UNIVERSITY", 1, "300000.00");
        assertGroup(TurnoverDimension.IP_TYPE, "PATENT", 2, "400000.00");
        assertGroup(TurnoverDimension.PLAN_SOURCE, "PROVINCIAL", 1, "300000.00");
        assertGroup(TurnoverDimension.PLAN_SOURCE, "NONE", 1, "50000.00");
        // the flow from the seller's place: Beijing another province, the US abroad, Tianhe and Pengjiang in Guangdong
        assertGroup(TurnoverDimension.FLOW, "OTHER_PROVINCE", 1, "300000.00");
        assertGroup(TurnoverDimension.FLOW, "ABROAD", 1, "50000.00");
        assertGroup(TurnoverDimension.FLOW, "WITHIN_PROVINCE", 2, "107000.00");
        JsonNode total = series(TURNOVER + "&region=" + XINHUI + "&perspective=BUYER").get(0);
        assertThat(total.get("count").asLong()).isEqualTo(4);
        for (TurnoverDimension by : TurnoverDimension.values()) {
            long count = 0;
            BigDecimal value = BigDecimal.ZERO;
            for (JsonNode p : groups(by).values()) {
                count += p.get("count").asLong();
                value = value.add(p.get("value").decimalValue());
            }
            assertThat(count).as("count by %s", by).isEqualTo(4);
            assertThat(value).as("turnover by %s", by).isEqualByComparingTo(total.get("value").decimalValue());
        }
        // never output: Xinhui's and the sellers' offices' output see none of them
        assertThat(series(TURNOVER + "&region=440700&perspective=SELLER&by=TYPE").get(1).get("count").asLong())
                .as("the city's output of transfers").isZero();
    }

    @Test
    void aFieldTheImportLeavesOutCountsInTheGroupUnknownAndItsLineageListsThem() {
        assertGroup(TurnoverDimension.SELLER_NATURE, "UNKNOWN", 1, "7000.00");
        assertGroup(TurnoverDimension.BUYER_NATURE, "UNKNOWN", 2, "57000.00");
        assertGroup(TurnoverDimension.IP_TYPE, "UNKNOWN", 2, "57000.00");
        assertGroup(TurnoverDimension.PLAN_SOURCE, "UNKNOWN", 1, "7000.00");
        assertThat(groups(TurnoverDimension.TYPE)).doesNotContainKey("UNKNOWN");
        assertThat(groups(TurnoverDimension.FLOW)).doesNotContainKey("UNKNOWN");
        JsonNode lineage = get(groups(TurnoverDimension.IP_TYPE).get("UNKNOWN").get("lineage").asString());
        List<String> listed = new ArrayList<>();
        lineage.get("records").forEach(r -> listed.add(r.get("registrationNo").asString()));
        assertThat(listed).containsExactlyInAnyOrder(NUMBERS.get(1), NUMBERS.get(2));
        JsonNode abroad = get(groups(TurnoverDimension.FLOW).get("ABROAD").get("lineage").asString());
        assertThat(abroad.get("records").get(0).get("registrationNo").asString()).isEqualTo(NUMBERS.get(1));
        assertThat(abroad.get("records").get(0).get("registeredElsewhere").asBoolean()).isTrue();
    }

    @Test
    void theRebuildCountsTheImportsInTheSameGroupsAsTheImportDid() {
        Map<TurnoverDimension, String> before = new LinkedHashMap<>();
        for (TurnoverDimension by : TurnoverDimension.values()) {
            before.put(by, groups(by).toString());
        }
        new TransactionTemplate(transactions).executeWithoutResult(status -> turnover.rebuild());
        for (TurnoverDimension by : TurnoverDimension.values()) {
            assertThat(groups(by).toString()).as("by %s after the rebuild", by).isEqualTo(before.get(by));
        }
    }

    @Test
    void theMarketTablesAbsorptionIsTheIndicatorsAndShowsThePartRegisteredElsewhere() {
        JsonNode report = get("/api/v1/reports/technology-market?region=" + XINHUI + "&year=2064");
        JsonNode absorption = report.get("sides").get(1);
        assertThat(absorption.get("perspective").asString()).isEqualTo("BUYER");
        JsonNode total = series(TURNOVER + "&region=" + XINHUI + "&perspective=BUYER").get(0);
        assertFigures(absorption.get("total"), total);
        assertElsewhere(absorption.get("total"), 3, "357000.00");
        for (JsonNode table : absorption.get("tables")) {
            TurnoverDimension by = TurnoverDimension.valueOf(table.get("dimension").asString());
            Map<String, JsonNode> points = groups(by);
            assertThat(table.get("rows")).hasSize(points.size());
            for (JsonNode row : table.get("rows")) {
                assertFigures(row, points.get(row.get("group").asString()));
            }
        }
        JsonNode types = absorption.get("tables").get(0);
        assertElsewhere(types.get("rows").get(0), 0, "0.00"); // development: registered here
        assertElsewhere(types.get("rows").get(1), 1, "300000.00"); // transfer: from Beijing
        JsonNode output = report.get("sides").get(0);
        JsonNode none = output.get("total").get("registeredElsewhere");
        assertThat(none == null || none.isNull()).as("never output").isTrue();
    }

    @Test
    void aFormFieldOutsideItsChoicesIsAnErrorOfItsLineAndNothingOfTheFileIsStored() {
        List<String> numbers = List.of("2064440106000004", "2064440106000005", "2064440106000006");
        MvcTestResult refused = api.importNow(api.fixtures().officialBearer(XINHUI), KIND, "wrong.csv",
                ImportApi.csv(List.of(header(true),
                        line(numbers.get(0), "440106", "技术服务", "CN", "1000.00", "ENTERPRISE", "", "", ""),
                        line(numbers.get(1), "440106", "技术服务", "CN", "1000.00", "", "FOREIGN", "", ""),
                        line(numbers.get(2), "440106", "技术服务", "CN", "1000.00", "", "", "商标", ""))));
        assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.errors[*].line", v -> v.assertThat().asArray().containsExactly(3, 4))
                .hasPathSatisfying("$.errors[*].column", v -> v.assertThat().asArray()
                        .containsExactly("买方性质", "知识产权类型"));
        assertThat(api.count("select count(*) from external_contract_registration where registration_no = any(?)",
                (Object) numbers.toArray(String[]::new))).as("nothing of the file").isZero();
    }

    private static void assertFigures(JsonNode row, JsonNode point) {
        assertThat(row.get("count").asLong()).isEqualTo(point.get("count").asLong());
        assertThat(row.get("contractAmount").decimalValue()).isEqualByComparingTo(point.get("contractAmount")
                .decimalValue());
        assertThat(row.get("techTransactionAmount").decimalValue()).isEqualByComparingTo(
                point.get("techTransactionAmount").decimalValue());
    }

    private static void assertElsewhere(JsonNode figures, long count, String amount) {
        JsonNode e = figures.get("registeredElsewhere");
        assertThat(e.get("count").asLong()).isEqualTo(count);
        assertThat(e.get("contractAmount").decimalValue()).isEqualByComparingTo(amount);
    }

    private void assertGroup(TurnoverDimension by, String group, long count, String amount) {
        JsonNode point = groups(by).get(group);
        assertThat(point.get("count").asLong()).as("%s %s", by, group).isEqualTo(count);
        assertThat(point.get("value").decimalValue()).as("%s %s", by, group).isEqualByComparingTo(amount);
    }

    private Map<String, JsonNode> groups(TurnoverDimension by) {
        Map<String, JsonNode> groups = new LinkedHashMap<>();
        for (JsonNode p : series(TURNOVER + "&region=" + XINHUI + "&perspective=BUYER&by=" + by)) {
            groups.put(p.get("group").asString(), p);
        }
        return groups;
    }

    private JsonNode series(String url) {
        return get(url).get("series");
    }

    private JsonNode get(String url) {
        MvcTestResult result = api.get(api.fixtures().quickBearer(Role.ANALYST), url);
        assertThat(result).hasStatusOk();
        return JSON.readTree(ContractApi.body(result));
    }
}
