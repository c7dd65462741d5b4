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

/** Every registry list exports as CSV (UTF-8 with BOM) and XLSX, with its filters applied and without paging. */
@ApiTest
class RegistryExportTest {

    private static final String JIANGHAI = ApiFixtures.JIANGHAI;

    @Autowired
    ImportApi api;

    @Test
    void enterprisesExportAsCsvWithTheFiltersAppliedAndEveryPageInOneFile() throws Exception {
        String word = ImportRows.uniqueName("导出");
        List<List<Object>> rows = new java.util.ArrayList<>(ImportRows.enterprises(25, JIANGHAI));
        for (int i = 1; i < rows.size(); i++) {
            rows.get(i).set(0, word + "企业" + i);
        }
        String admin = api.fixtures().quickBearer(Role.ADMIN);
        assertThat(api.importNow(admin, "enterprises", "e.csv", ImportApi.csv(rows))).hasStatus(HttpStatus.CREATED);

        MvcTestResult csv = api.mvc().get().uri("/api/v1/enterprises?q={q}&size=10&sort=name,desc", word)
                .header(HttpHeaders.AUTHORIZATION, admin).header(HttpHeaders.ACCEPT, "text/csv").exchange();

        assertThat(csv).hasStatusOk().hasContentTypeCompatibleWith("text/csv")
                .hasHeader(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"enterprises.csv\"; filename*=UTF-8''enterprises.csv");
        byte[] bytes = csv.getResponse().getContentAsByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String[] lines = new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertThat(lines).hasSize(26);
        assertThat(lines[0]).isEqualTo("id,name,creditCode,regionCode,industry,foundedOn,employees,highTech,"
                + "certifiedUntil,version");
        assertThat(lines[1]).contains(word + "企业9,").contains(",440704,新材料,2015-03-18,120,false,,");
        assertThat(lines[25]).contains(word + "企业1,");
    }

    @Test
    void theFormatParameterGivesAnXlsxThatOpensWithEveryRow() throws Exception {
        String word = ImportRows.uniqueName("导出表格");
        List<List<Object>> rows = ImportRows.enterprises(3, JIANGHAI);
        for (int i = 1; i < rows.size(); i++) {
            rows.get(i).set(0, word + i);
        }
        String official = api.fixtures().officialBearer(JIANGHAI);
        assertThat(api.importNow(official, "enterprises", "e.csv", ImportApi.csv(rows))).hasStatus(HttpStatus.CREATED);

        MvcTestResult xlsx = api.get(official, "/api/v1/enterprises?format=xlsx&q=" + word);

        assertThat(xlsx).hasStatusOk().hasContentTypeCompatibleWith(SpreadsheetFormat.XLSX_MEDIA_TYPE);
        try (ReadableWorkbook workbook = new ReadableWorkbook(
                new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            List<Row> sheet = workbook.getFirstSheet().read();
            assertThat(sheet).hasSize(4);
            assertThat(sheet.get(0).getCellText(1)).isEqualTo("name");
            assertThat(sheet.subList(1, 4)).extracting(r -> r.getCellText(1)).containsExactly(word + 1, word + 2, word + 3);
            assertThat(sheet.get(1).getCellAsDate(5)).hasValueSatisfying(d -> assertThat(d.toLocalDate())
                    .hasToString("2015-03-18"));
        }
    }

    @Test
    void everyOtherRegistryListExportsToo() {
        String admin = api.fixtures().quickBearer(Role.ADMIN);
        record Export(String path, String header) {
        }
        for (Export export : List.of(
                new Export("/api/v1/incubators", "id,name,kind,level,regionCode,operator,areaSqm"),
                new Export("/api/v1/labs", "id,name,kind,level,regionCode,hostEnterpriseId"),
                new Export("/api/v1/programs", "id,name,kind,regionCode,year,budget,awardedTotal"),
                new Export("/api/v1/statistics/regional", "regionCode,year,gdp,rdExpenditure,source"),
                new Export("/api/v1/certifications/expiring", "certificationId,certificateNo,kind,issuedOn,expiresOn"))) {
            for (String format : List.of("csv", "xlsx")) {
                MvcTestResult result = api.get(admin, export.path() + "?format=" + format);
                assertThat(result).as(export.path() + " " + format).hasStatusOk()
                        .hasContentTypeCompatibleWith(SpreadsheetFormat.fromName(format).orElseThrow().mediaType());
                if (format.equals("csv")) {
                    assertThat(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
                            .as(export.path()).startsWith("\uFEFF" + export.header());
                }
            }
            assertThat(api.mvc().get().uri(export.path()).header(HttpHeaders.AUTHORIZATION, admin)
                    .header(HttpHeaders.ACCEPT, SpreadsheetFormat.XLSX_MEDIA_TYPE).exchange())
                    .as(export.path()).hasStatusOk();
        }
    }

    @Test
    void anUnknownFormatIsABadRequestAndTheJsonListIsUnchanged() {
        String admin = api.fixtures().quickBearer(Role.ADMIN);
        assertThat(api.get(admin, "/api/v1/incubators?format=pdf")).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.errors[0].field", v -> v.assertThat().isEqualTo("format"));
        assertThat(api.get(admin, "/api/v1/incubators")).hasStatusOk().hasContentTypeCompatibleWith("application/json");
    }
}
