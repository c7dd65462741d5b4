package cn.kjj.platform.imports;

import static cn.kjj.platform.imports.ImportRows.row;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiFixtures;
import cn.kjj.platform.ApiTest;
import cn.kjj.platform.identity.Role;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** A file with bad lines changes nothing and says which lines are bad and why. */
@ApiTest
class ImportRejectionTest {

    private static final String JIANGHAI = ApiFixtures.JIANGHAI;

    @Autowired
    ImportApi api;

    @Test
    void aFileWithFourBadLinesAmongFiftyStoresNothingAndReportsExactlyThoseLinesWithTheirReasons() {
        List<List<Object>> rows = ImportRows.enterprises(50, JIANGHAI);
        // lines as a spreadsheet numbers them: the header is line 1, rows.get(i) is line i + 1
        rows.get(7).set(1, "91440704MA4UH5XB8Z");
        rows.get(15).set(7, "12345.678");
        rows.get(23).set(2, "449999");
        rows.get(32).set(1, rows.get(4).get(1));
        String official = api.fixtures().officialBearer(JIANGHAI);

        MvcTestResult result = api.importNow(official, "enterprises", "企业名录.csv", ImportApi.csv(rows));

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith("application/problem+json")
                .bodyJson()
                .hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.import.rejected"))
                .hasPathSatisfying("$.detail", v -> v.assertThat().asString().contains("4 处错误", "未保存任何数据"))
                .hasPathSatisfying("$.errorCount", v -> v.assertThat().isEqualTo(4))
                .hasPathSatisfying("$.errors[*].line", v -> v.assertThat().asArray().containsExactly(8, 16, 24, 33))
                .hasPathSatisfying("$.errors[*].column", v -> v.assertThat().asArray()
                        .containsExactly("统一社会信用代码", "营业收入（元）", "行政区划代码", "统一社会信用代码"))
                .hasPathSatisfying("$.errors[*].message", v -> v.assertThat().asArray().containsExactly(
                        "统一社会信用代码无效（须为 18 位且校验位正确）", "金额最多保留两位小数", "没有这个行政区划代码", "与第 5 行重复"));
        List<Object> codes = rows.subList(1, rows.size()).stream().map(r -> r.get(1)).toList();
        assertThat(api.count("select count(*) from enterprise where credit_code = any(?)",
                (Object) codes.stream().map(Object::toString).toArray(String[]::new))).isZero();
    }

    @Test
    void theReasonsAreInTheReadersLanguage() {
        List<List<Object>> rows = ImportRows.enterprises(3, JIANGHAI);
        rows.get(2).set(7, "1.001");

        assertThat(api.mvc().post().uri(ImportApi.IMPORTS + "/enterprises?wait=true")
                .header(HttpHeaders.AUTHORIZATION, api.fixtures().officialBearer(JIANGHAI))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .multipart().file(new MockMultipartFile("file", "e.csv", "text/csv", ImportApi.csv(rows))))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .hasPathSatisfying("$.errors[0].line", v -> v.assertThat().isEqualTo(3))
                .hasPathSatisfying("$.errors[0].message", v -> v.assertThat().isEqualTo("must have at most 2 decimals"));
    }

    @Test
    void anOfficialImportingRowsOfAnotherDistrictGetsThoseLinesAsErrorsAndNothingIsStored() {
        List<List<Object>> rows = new ArrayList<>(ImportRows.enterprises(3, JIANGHAI));
        rows.add(ImportRows.enterprises(1, ImportApi.XINHUI).get(1));

        assertThat(api.importNow(api.fixtures().officialBearer(JIANGHAI), "enterprises", "e.csv", ImportApi.csv(rows)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .hasPathSatisfying("$.errors[*].line", v -> v.assertThat().asArray().containsExactly(5))
                .hasPathSatisfying("$.errors[0].column", v -> v.assertThat().isEqualTo("行政区划代码"))
                .hasPathSatisfying("$.errors[0].message", v -> v.assertThat().isEqualTo("不在您的管辖区域 440704 内"));
        assertThat(api.count("select count(*) from enterprise where credit_code = ?", rows.get(1).get(1))).isZero();
    }

    @Test
    void certificationsOfAnotherDistrictsEnterpriseReadAsUnknownEnterprises() {
        String xinhui = api.fixtures().creditCodeOf(api.fixtures().enterprise(ImportApi.XINHUI));
        List<List<Object>> rows = List.of(ImportRows.CERTIFICATION_HEADER,
                row(xinhui, ImportRows.certificateNo(), "首次认定", "2023-12-28", ""));

        assertThat(api.importNow(api.fixtures().officialBearer(JIANGHAI), "certifications", "c.csv", ImportApi.csv(rows)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .hasPathSatisfying("$.errors[0].code", v -> v.assertThat().isEqualTo("error.import.enterpriseNotFound"));
    }

    @Test
    void aCreditCodeAlreadyRegisteredAndACertificateNumberAlreadyRegisteredAreErrorsOfTheirLines() {
        long existing = api.fixtures().enterprise(JIANGHAI);
        String code = api.fixtures().creditCodeOf(existing);
        List<List<Object>> enterprises = ImportRows.enterprises(2, JIANGHAI);
        enterprises.get(2).set(1, code);
        String official = api.fixtures().officialBearer(JIANGHAI);

        assertThat(api.importNow(official, "enterprises", "e.csv", ImportApi.csv(enterprises)))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.errors[*].line", v -> v.assertThat().asArray().containsExactly(3))
                .hasPathSatisfying("$.errors[0].code", v -> v.assertThat().isEqualTo("error.import.enterpriseExists"));

        String number = ImportRows.certificateNo();
        List<List<Object>> first = List.of(ImportRows.CERTIFICATION_HEADER, row(code, number, "", "2023-01-05", ""));
        assertThat(api.importNow(official, "certifications", "c.csv", ImportApi.csv(first))).hasStatus(HttpStatus.CREATED);
        assertThat(api.importNow(official, "certifications", "c.csv", ImportApi.csv(first)))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.errors[0].code", v -> v.assertThat().isEqualTo("error.import.certificateExists"));
        assertThat(api.count("select count(*) from high_tech_certification where certificate_no = ?", number)).isOne();
    }

    @Test
    void aFileOfAnotherKindIsReportedOnLineOneColumnByColumn() {
        List<List<Object>> rows = List.of(ImportRows.CERTIFICATION_HEADER, row("x", "y", "z", "2023-01-01", ""));

        assertThat(api.importNow(api.fixtures().officialBearer(JIANGHAI), "enterprises", "c.csv", ImportApi.csv(rows)))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.errors[*].line", v -> v.assertThat().asArray().containsOnly(1))
                .hasPathSatisfying("$.errors[*].column", v -> v.assertThat().asArray()
                        .contains("证书编号", "企业名称", "行政区划代码"))
                .hasPathSatisfying("$.errors[?(@.column == '企业名称')].message",
                        v -> v.assertThat().asArray().containsExactly("缺少必填列"));
    }

    @Test
    void aCsvThatIsNotUtf8IsRefusedWithAReasonThatSaysHowToSaveIt() {
        String text = String.join(",", ImportRows.ENTERPRISE_HEADER.stream().map(Object::toString).toList())
                + "\r\n江门甲企业," + ApiFixtures.randomCreditCode(JIANGHAI) + ",440704,,,,,,\r\n";
        byte[] gbk = text.getBytes(Charset.forName("GBK"));

        assertThat(api.importNow(api.fixtures().officialBearer(JIANGHAI), "enterprises", "gbk.csv", gbk))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.errors[0].code", v -> v.assertThat().isEqualTo("error.import.encoding"))
                .hasPathSatisfying("$.errors[0].message", v -> v.assertThat().asString().contains("CSV UTF-8"));
    }

    @Test
    void anOldBinaryXlsWorkbookIsRefusedAs415() {
        byte[] xls = Arrays.copyOf(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1}, 512);

        assertThat(api.importNow(api.fixtures().officialBearer(JIANGHAI), "enterprises", "old.xls", xls))
                .hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE).bodyJson()
                .hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.import.xls"));
    }

    @Test
    void anAnalystAndAnEnterpriseClerkMayNotImportNorFetchTemplates() {
        byte[] file = ImportApi.csv(ImportRows.enterprises(1, JIANGHAI));
        for (String bearer : List.of(api.fixtures().quickBearer(Role.ANALYST),
                api.fixtures().enterpriseBearer(api.fixtures().enterprise(JIANGHAI)))) {
            assertThat(api.importNow(bearer, "enterprises", "e.csv", file)).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(api.get(bearer, ImportApi.IMPORTS + "/enterprises/template")).hasStatus(HttpStatus.FORBIDDEN);
        }
    }

    @Test
    void anUnknownKindIs404AndAMissingFileIs400() {
        String official = api.fixtures().officialBearer(JIANGHAI);
        assertThat(api.importNow(official, "contracts", "e.csv", ImportApi.csv(ImportRows.enterprises(1, JIANGHAI))))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.importNow(official, "enterprises", "empty.csv", new byte[0]))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.errors[0].field", v -> v.assertThat().isEqualTo("file"));
    }

    @Test
    void theErrorReportDownloadsAsCsvWithEveryBadLine() throws Exception {
        List<List<Object>> rows = ImportRows.enterprises(5, JIANGHAI);
        rows.get(2).set(5, "十二");
        rows.get(4).set(4, "2023-02-30");
        String official = api.fixtures().officialBearer(JIANGHAI);
        String jobId = api.importNow(official, "enterprises", "e.csv", ImportApi.csv(rows))
                .getResponse().getHeader(HttpHeaders.LOCATION);

        MvcTestResult report = api.get(official, jobId + "/errors");

        assertThat(report).hasStatusOk().hasContentTypeCompatibleWith("text/csv");
        byte[] bytes = report.getResponse().getContentAsByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n")).containsExactly(
                "行号,列,错误原因", "3,职工总数,须为整数", "5,成立日期,须为日期，格式如 2023-06-30");
    }
}
