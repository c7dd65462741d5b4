package cn.kjj.platform.report;

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
import cn.kjj.platform.indicator.IndicatorFixtures;
import cn.kjj.platform.indicator.TurnoverDimension;
import cn.kjj.platform.spreadsheet.SpreadsheetFormat;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
 * The yearly technology-market tables of Kaiping (440783) in 2062, a district and year no other test uses: two
 * contracts registered (one to Taishan, one abroad) and one refused, as JSON and as a workbook.
 */
@ApiTest
class TechnologyMarketApiTest {

    static final String KAIPING = "440783";
    static final String TAISHAN = "440781";
    static final String PATH = "/api/v1/reports/technology-market?region=" + KAIPING + "&year=2062";
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static boolean registered;

    @Autowired
    MockMvcTester mvc;
    @Autowired
    IndicatorFixtures fx;

    @BeforeEach
    synchronized void fixture() {
        if (!registered) {
            fx.on(LocalDate.of(2062, 5, 20));
            long seller = fx.fixtures().enterprise(KAIPING);
            fx.registered(fx.submitted(seller, TAISHAN, ContractType.TECHNOLOGY_TRANSFER, "500000.00",
                    TechnologyField.ADVANCED_MANUFACTURING,
                    new FilingDetails(IpType.PATENT, PlanSource.MUNICIPAL, PaymentMethod.LUMP_SUM),
                    PartyNature.ENTERPRISE), "450000.10");
            fx.registered(fx.submitted(seller, null, ContractType.TECHNICAL_CONSULTING, "20000.05",
                    TechnologyField.ADVANCED_MANUFACTURING, FilingDetails.DEFAULTS, null));
            fx.rejected(fx.submitted(seller, TAISHAN, ContractType.TECHNICAL_SERVICE, "7777.00",
                    TechnologyField.AEROSPACE, FilingDetails.DEFAULTS, PartyNature.UNIVERSITY));
            registered = true;
        }
        fx.on(LocalDate.of(2063, 2, 1));
    }

    @AfterEach
    void resetClock() {
        fx.clock().reset();
    }

    @Test
    void everyTableOfOutputAndAbsorptionSumsToItsSidesTotal() {
        JsonNode report = json(mvc.get().uri(PATH).header(HttpHeaders.AUTHORIZATION, analyst()).exchange());
        assertThat(report.get("year").asInt()).isEqualTo(2062);
        JsonNode output = report.get("sides").get(0);
        assertThat(output.get("perspective").asString()).isEqualTo("SELLER");
        assertFigures(output.get("total"), 2, "520000.05", "470000.15");
        assertThat(output.get("tables")).hasSize(TurnoverDimension.values().length);
        for (JsonNode side : report.get("sides")) {
            for (JsonNode table : side.get("tables")) {
                TurnoverDimension by = TurnoverDimension.valueOf(table.get("dimension").asString());
                assertThat(table.get("rows")).hasSize(by.groups().size());
                long count = 0;
                BigDecimal amount = BigDecimal.ZERO;
                for (JsonNode row : table.get("rows")) {
                    count += row.get("count").asLong();
                    amount = amount.add(row.get("contractAmount").decimalValue());
                }
                assertThat(count).as("%s %s", side.get("perspective"), by).isEqualTo(side.get("total").get("count").asLong());
                assertThat(amount).isEqualByComparingTo(side.get("total").get("contractAmount").decimalValue());
            }
        }
        JsonNode flow = table(output, TurnoverDimension.FLOW);
        assertThat(flow.get("rows").get(0).get("nameZh").asString()).isEqualTo("省内");
        assertFigures(flow.get("rows").get(0), 1, "500000.00", "450000.10");
        assertFigures(flow.get("rows").get(2), 1, "20000.05", "20000.05");
        assertFigures(report.get("sides").get(1).get("total"), 0, "0", "0");
    }

    @Test
    void aFiguresLineageListsTheContractsItIsMadeOf() {
        JsonNode output = json(mvc.get().uri(PATH).header(HttpHeaders.AUTHORIZATION, analyst()).exchange())
                .get("sides").get(0);
        JsonNode field = table(output, TurnoverDimension.FIELD).get("rows").get(1);
        assertThat(field.get("group").asString()).isEqualTo("ADVANCED_MANUFACTURING");
        JsonNode lineage = json(mvc.get().uri(field.get("lineage").asString())
                .header(HttpHeaders.AUTHORIZATION, analyst()).exchange());
        assertThat(lineage.get("total").asLong()).isEqualTo(2);
        JsonNode total = json(mvc.get().uri(output.get("total").get("lineage").asString())
                .header(HttpHeaders.AUTHORIZATION, analyst()).exchange());
        assertThat(total.get("total").asLong()).isEqualTo(2);
    }

    @Test
    void theWorkbookHasATotalsSheetAndOneSheetATableWhoseTotalRowsAgree() throws Exception {
        MvcTestResult result = mvc.get().uri(PATH).header(HttpHeaders.AUTHORIZATION, analyst())
                .header(HttpHeaders.ACCEPT, SpreadsheetFormat.XLSX_MEDIA_TYPE).exchange();
        assertThat(result).hasStatusOk().hasContentType(SpreadsheetFormat.XLSX_MEDIA_TYPE);
        assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .contains("technology-market-440783-2062.xlsx");
        try (ReadableWorkbook workbook = new ReadableWorkbook(
                new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).hasSize(1 + 2 * TurnoverDimension.values().length);
            assertThat(sheets.get(0).getName()).isEqualTo("合计");
            List<Row> totals = sheets.get(0).read();
            assertThat(totals.get(0).getCellText(0)).isEqualTo("group");
            assertThat(totals.get(1).getCellText(0)).isEqualTo("SELLER");
            assertThat(totals.get(1).getCellAsNumber(3)).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("2"));
            assertThat(totals.get(1).getCellAsNumber(4)).hasValueSatisfying(n ->
                    assertThat(n).isEqualByComparingTo("520000.05"));
            assertThat(sheets.stream().map(Sheet::getName)).contains("技术输出 技术流向", "技术吸纳 知识产权类型");
            for (Sheet sheet : sheets.subList(1, sheets.size())) {
                List<Row> rows = sheet.read();
                Row total = rows.get(rows.size() - 1);
                assertThat(total.getCellText(1)).isEqualTo("合计");
                BigDecimal sum = rows.subList(1, rows.size() - 1).stream()
                        .map(r -> r.getCellAsNumber(4).orElseThrow()).reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(sum).as(sheet.getName()).isEqualByComparingTo(total.getCellAsNumber(4).orElseThrow());
                assertThat(total.getCellAsNumber(4).orElseThrow()).isEqualByComparingTo(
                        sheet.getName().startsWith("技术输出") ? "520000.05" : "0");
            }
        }
        MvcTestResult english = mvc.get().uri(PATH).header(HttpHeaders.AUTHORIZATION, analyst())
                .header(HttpHeaders.ACCEPT, SpreadsheetFormat.XLSX_MEDIA_TYPE)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en").exchange();
        try (ReadableWorkbook workbook = new ReadableWorkbook(
                new ByteArrayInputStream(english.getResponse().getContentAsByteArray()))) {
            Stream<String> names = workbook.getSheets().map(Sheet::getName);
            assertThat(names).contains("Totals", "Output - Flow", "Absorption - Technology field");
        }
    }

    @Test
    void enterprisesMayNotReadTheTablesAndAnotherDistrictsOfficialFindsNone() {
        assertThat(mvc.get().uri(PATH).header(HttpHeaders.AUTHORIZATION,
                fx.fixtures().enterpriseBearer(fx.fixtures().enterprise(KAIPING))).exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri(PATH).header(HttpHeaders.AUTHORIZATION, fx.fixtures().officialBearer(TAISHAN))
                .exchange()).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri(PATH).header(HttpHeaders.AUTHORIZATION, fx.fixtures().officialBearer(KAIPING))
                .exchange()).hasStatusOk();
        assertThat(mvc.get().uri(PATH.replace("2062", "2099")).header(HttpHeaders.AUTHORIZATION, analyst())
                .exchange()).hasStatus(HttpStatus.BAD_REQUEST);
    }

    private String analyst() {
        return fx.fixtures().quickBearer(Role.ANALYST);
    }

    private static JsonNode table(JsonNode side, TurnoverDimension by) {
        for (JsonNode table : side.get("tables")) {
            if (table.get("dimension").asString().equals(by.name())) {
                return table;
            }
        }
        throw new AssertionError("no table " + by);
    }

    private static void assertFigures(JsonNode figures, long count, String amount, String tech) {
        assertThat(figures.get("count").asLong()).isEqualTo(count);
        assertThat(figures.get("contractAmount").decimalValue()).isEqualByComparingTo(amount);
        assertThat(figures.get("techTransactionAmount").decimalValue()).isEqualByComparingTo(tech);
    }

    private static JsonNode json(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        return JSON.readTree(result.getResponse().getContentAsByteArray());
    }
}
