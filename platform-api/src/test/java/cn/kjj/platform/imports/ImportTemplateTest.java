package cn.kjj.platform.imports;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiFixtures;
import cn.kjj.platform.ApiTest;
import cn.kjj.platform.identity.Role;
import cn.kjj.platform.spreadsheet.SpreadsheetFormat;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Every template downloads with the Chinese header and an example row, and imports as it is. */
@ApiTest
class ImportTemplateTest {

    @Autowired
    ImportApi api;

    @Test
    void theCsvTemplateHasTheBomTheChineseHeaderAndOneExampleRow() {
        MvcTestResult template = template(api.fixtures().officialBearer(ApiFixtures.JIANGHAI), "enterprises", "csv");

        assertThat(template).hasStatusOk().hasContentTypeCompatibleWith("text/csv")
                .hasHeader(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"enterprises-template.csv\"; filename*=UTF-8''enterprises-template.csv");
        byte[] bytes = template.getResponse().getContentAsByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String[] lines = new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertThat(lines).containsExactly(
                "企业名称,统一社会信用代码,行政区划代码,所属行业,成立日期,职工总数,研发人员数,营业收入（元）,研发费用（元）",
                "江门示例科技有限公司,91440704MA4UH5XB8Y,440704,新材料,2015-03-18,120,18,35000000.00,2100000.00");
    }

    @Test
    void theXlsxTemplateOpensWithAHeaderRowAndTypedExampleCells() throws Exception {
        MvcTestResult template = template(api.fixtures().officialBearer(ApiFixtures.JIANGHAI), "certifications", "xlsx");

        assertThat(template).hasStatusOk().hasContentTypeCompatibleWith(SpreadsheetFormat.XLSX_MEDIA_TYPE);
        try (ReadableWorkbook workbook = new ReadableWorkbook(
                new ByteArrayInputStream(template.getResponse().getContentAsByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).getCellText(0)).isEqualTo("统一社会信用代码");
            assertThat(rows.get(1).getCellText(1)).isEqualTo("GR202344009876");
            assertThat(rows.get(1).getCellAsDate(3)).hasValueSatisfying(d -> assertThat(d.toLocalDate())
                    .hasToString("2023-12-28"));
        }
    }

    /**
     * Imported in an order in which each example refers to the one before (the enterprise of the
     * certificate and of the laboratory); the other format of each template then reads back with
     * no error but that its record now exists.
     */
    @Test
    void everyTemplateImportsAsItIsInBothFormats() {
        String admin = api.fixtures().quickBearer(Role.ADMIN);
        List<String> kinds = List.of("enterprises", "certifications", "labs", "incubators");
        for (String kind : kinds) {
            byte[] csv = template(admin, kind, "csv").getResponse().getContentAsByteArray();
            assertThat(api.importNow(admin, kind, "template.csv", csv)).as(kind).hasStatus(HttpStatus.CREATED)
                    .bodyJson().hasPathSatisfying("$.createdRows", v -> v.assertThat().isEqualTo(1));
            byte[] xlsx = template(admin, kind, "xlsx").getResponse().getContentAsByteArray();
            assertThat(api.importNow(admin, kind, "template.xlsx", xlsx)).as(kind).hasStatus(HttpStatus.BAD_REQUEST)
                    .bodyJson()
                    .hasPathSatisfying("$.errors[*].line", v -> v.assertThat().asArray().containsOnly(2))
                    .hasPathSatisfying("$.errors[*].code", v -> v.assertThat().asArray().containsAnyOf(
                            "error.import.enterpriseExists", "error.import.certificateExists", "error.import.nameExists"));
        }
        // the statistics example (Jianghai, 2019) is read back by an official of another district,
        // so that no figure is written: its one error is the region outside that official's
        for (String format : List.of("csv", "xlsx")) {
            byte[] file = template(admin, "statistics", format).getResponse().getContentAsByteArray();
            assertThat(api.importNow(api.fixtures().officialBearer(ImportApi.PENGJIANG), "statistics",
                    "template." + format, file))
                    .as(format).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                    .hasPathSatisfying("$.errors[*].code", v -> v.assertThat().asArray()
                            .containsExactly("error.import.outOfScope"));
        }
    }

    private MvcTestResult template(String bearer, String kind, String format) {
        return api.get(bearer, ImportApi.IMPORTS + "/" + kind + "/template?format=" + format);
    }
}
