package cn.kjj.platform.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** The export writer: what a spreadsheet program opens. */
class SpreadsheetExportTest {

    record Firm(String name, String creditCode, BigDecimal revenue, LocalDate foundedOn) {
    }

    private static final List<ExportColumn<Firm>> COLUMNS = List.of(
            ExportColumn.of("企业名称", Firm::name),
            ExportColumn.of("统一社会信用代码", Firm::creditCode),
            ExportColumn.of("营业收入（元）", Firm::revenue),
            ExportColumn.of("成立日期", Firm::foundedOn));

    private static final List<Firm> FIRMS = List.of(
            new Firm("江门甲科技有限公司", "91440704MA4UH5XB8Y", new BigDecimal("35000000.50"), LocalDate.of(2015, 3, 18)),
            new Firm("=HYPERLINK(\"http://x\")", "91440300708461136T", null, null));

    @Test
    void csvStartsWithTheByteOrderMarkAndTheHeaderAndKeepsAmountsExact() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SpreadsheetExport.writeCsv(out, COLUMNS, FIRMS);

        byte[] bytes = out.toByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n")).containsExactly(
                "企业名称,统一社会信用代码,营业收入（元）,成立日期",
                "江门甲科技有限公司,91440704MA4UH5XB8Y,35000000.50,2015-03-18",
                "\"'=HYPERLINK(\"\"http://x\"\")\",91440300708461136T,,");
    }

    @Test
    void xlsxOpensWithTheReaderAndHasTheHeaderAndEveryRowWithNumbersAndDatesAsSuch() throws Exception {
        List<Firm> many = IntStream.range(0, 2_500).mapToObj(i -> new Firm("企业" + i, "code" + i,
                new BigDecimal(i + ".25"), LocalDate.of(2020, 1, 1).plusDays(i))).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SpreadsheetExport.writeXlsx(out, "企业名录", COLUMNS, many);

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getFirstSheet().getName()).isEqualTo("企业名录");
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(2_501);
            assertThat(rows.get(0).getCellText(0)).isEqualTo("企业名称");
            assertThat(rows.get(2_500).getCellText(0)).isEqualTo("企业2499");
            assertThat(rows.get(2_500).getCellAsNumber(2)).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("2499.25"));
            assertThat(rows.get(1).getCellAsDate(3)).hasValueSatisfying(d -> assertThat(d.toLocalDate())
                    .isEqualTo(LocalDate.of(2020, 1, 1)));
        }
    }

    @Test
    void theDownloadNameCarriesChineseInUtf8AndAnAsciiStandIn() {
        assertThat(SpreadsheetExport.attachment("企业名录.xlsx"))
                .isEqualTo("attachment; filename=\"____.xlsx\"; filename*=UTF-8''%E4%BC%81%E4%B8%9A%E5%90%8D%E5%BD%95.xlsx");
    }

    @Test
    void theFormatParameterWinsOverTheAcceptHeader() {
        assertThat(SpreadsheetFormat.requested("xlsx", "text/csv")).contains(SpreadsheetFormat.XLSX);
        assertThat(SpreadsheetFormat.requested(null, "text/csv")).contains(SpreadsheetFormat.CSV);
        assertThat(SpreadsheetFormat.requested(null, "application/json, " + SpreadsheetFormat.XLSX_MEDIA_TYPE))
                .contains(SpreadsheetFormat.XLSX);
        assertThat(SpreadsheetFormat.requested(null, "application/json")).isEmpty();
        assertThat(SpreadsheetFormat.requested(null, "*/*")).isEmpty();
    }
}
