package cn.kjj.platform.imports;

import static cn.kjj.platform.imports.ImportRows.row;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiFixtures;
import cn.kjj.platform.ApiTest;
import cn.kjj.platform.enterprise.CertificationValidity;
import cn.kjj.platform.identity.Role;
import cn.kjj.platform.spreadsheet.SpreadsheetFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/** A valid file of each kind, as CSV and as XLSX, lands every row with the values as written. */
@ApiTest
class ImportApiTest {

    private static final String JIANGHAI = ApiFixtures.JIANGHAI;

    @Autowired
    ImportApi api;

    private byte[] file(SpreadsheetFormat format, List<List<Object>> rows) {
        return format == SpreadsheetFormat.CSV ? ImportApi.csv(rows) : ImportApi.xlsx(rows);
    }

    private String name(SpreadsheetFormat format) {
        return "rows." + format.extension();
    }

    @ParameterizedTest
    @EnumSource(SpreadsheetFormat.class)
    void aValidFileOfEnterprisesLandsEveryRowWithItsValuesAsWritten(SpreadsheetFormat format) {
        List<List<Object>> rows = ImportRows.enterprises(3, JIANGHAI);
        String admin = api.fixtures().quickBearer(Role.ADMIN);

        assertThat(api.importNow(admin, "enterprises", name(format), file(format, rows)))
                .hasStatus(HttpStatus.CREATED)
                .bodyJson()
                .hasPathSatisfying("$.status", v -> v.assertThat().isEqualTo("DONE"))
                .hasPathSatisfying("$.kind", v -> v.assertThat().isEqualTo("enterprises"))
                .hasPathSatisfying("$.totalRows", v -> v.assertThat().isEqualTo(3))
                .hasPathSatisfying("$.createdRows", v -> v.assertThat().isEqualTo(3));
        for (List<Object> row : rows.subList(1, 4)) {
            var stored = api.fixtures().jdbc().sql("""
                            select name, region_code, founded_on, employees, rd_staff, revenue, rd_expense
                              from enterprise where credit_code = ?""")
                    .param(row.get(1)).query().singleRow();
            assertThat(stored.get("name")).isEqualTo(row.get(0));
            assertThat(stored.get("region_code")).isEqualTo(JIANGHAI);
            assertThat(stored.get("founded_on").toString()).isEqualTo("2015-03-18");
            assertThat(stored.get("employees")).isEqualTo(120);
            assertThat((BigDecimal) stored.get("revenue")).isEqualByComparingTo((BigDecimal) row.get(7));
            assertThat((BigDecimal) stored.get("rd_expense")).isEqualByComparingTo("2100000.00");
        }
    }

    @ParameterizedTest
    @EnumSource(SpreadsheetFormat.class)
    void aValidFileOfCertificationsLandsEveryRowAndFillsInThreeYearsOfValidity(SpreadsheetFormat format) {
        String first = api.fixtures().creditCodeOf(api.fixtures().enterprise(JIANGHAI));
        String second = api.fixtures().creditCodeOf(api.fixtures().enterprise(JIANGHAI));
        String initial = ImportRows.certificateNo();
        String renewal = ImportRows.certificateNo();
        LocalDate issued = LocalDate.of(2023, 12, 28);
        List<List<Object>> rows = List.of(ImportRows.CERTIFICATION_HEADER,
                row(first, initial, "首次认定", issued, null),
                row(second, renewal, "RENEWAL", LocalDate.of(2024, 2, 29), LocalDate.of(2027, 2, 28)));

        assertThat(api.importNow(api.fixtures().officialBearer(JIANGHAI), "certifications", name(format),
                file(format, rows)))
                .hasStatus(HttpStatus.CREATED)
                .bodyJson().hasPathSatisfying("$.createdRows", v -> v.assertThat().isEqualTo(2));
        var firstStored = api.fixtures().jdbc().sql("""
                        select c.kind, c.issued_on, c.expires_on, e.credit_code from high_tech_certification c
                          join enterprise e on e.id = c.enterprise_id where c.certificate_no = ?""")
                .param(initial).query().singleRow();
        assertThat(firstStored.get("credit_code")).isEqualTo(first);
        assertThat(firstStored.get("kind")).isEqualTo("INITIAL");
        assertThat(firstStored.get("expires_on").toString())
                .isEqualTo(CertificationValidity.expiresOn(issued).toString()).isEqualTo("2026-12-27");
        assertThat(api.count("select count(*) from high_tech_certification where certificate_no = ? and kind = 'RENEWAL' "
                + "and expires_on = date '2027-02-28'", renewal)).isOne();
    }

    @ParameterizedTest
    @EnumSource(SpreadsheetFormat.class)
    void aValidFileOfIncubatorsLandsEveryRow(SpreadsheetFormat format) {
        String incubator = ImportRows.uniqueName("导入孵化器");
        String makerspace = ImportRows.uniqueName("导入众创空间");
        List<List<Object>> rows = List.of(ImportRows.INCUBATOR_HEADER,
                row(incubator, "孵化器", "省级", JIANGHAI, "江门示例孵化器管理有限公司", new BigDecimal("52000.50"), 86, 31,
                        LocalDate.of(2019, 6, 30)),
                row(makerspace, "MAKERSPACE", "National", JIANGHAI, null, null, null, null, null));

        assertThat(api.importNow(api.fixtures().officialBearer(JIANGHAI), "incubators", name(format),
                file(format, rows))).hasStatus(HttpStatus.CREATED);
        var stored = api.fixtures().jdbc().sql("select kind, level, area_sqm, tenant_count, recognized_on from incubator "
                + "where name = ?").param(incubator).query().singleRow();
        assertThat(stored.get("kind")).isEqualTo("INCUBATOR");
        assertThat(stored.get("level")).isEqualTo("PROVINCIAL");
        assertThat((BigDecimal) stored.get("area_sqm")).isEqualByComparingTo("52000.50");
        assertThat(stored.get("tenant_count")).isEqualTo(86);
        assertThat(stored.get("recognized_on").toString()).isEqualTo("2019-06-30");
        assertThat(api.count("select count(*) from incubator where name = ? and kind = 'MAKERSPACE' and level = 'NATIONAL'",
                makerspace)).isOne();
    }

    @ParameterizedTest
    @EnumSource(SpreadsheetFormat.class)
    void aValidFileOfLabsLandsEveryRowWithItsHostEnterprise(SpreadsheetFormat format) {
        long host = api.fixtures().enterprise(JIANGHAI);
        String hosted = ImportRows.uniqueName("导入重点实验室");
        String institutional = ImportRows.uniqueName("导入工程中心");
        List<List<Object>> rows = List.of(ImportRows.LAB_HEADER,
                row(hosted, "重点实验室", "市级", JIANGHAI, api.fixtures().creditCodeOf(host), null, LocalDate.of(2023, 5, 20)),
                row(institutional, "ENGINEERING_TECHNOLOGY_CENTER", "省级", JIANGHAI, null, "五邑大学", null));

        assertThat(api.importNow(api.fixtures().quickBearer(Role.ADMIN), "labs", name(format), file(format, rows)))
                .hasStatus(HttpStatus.CREATED);
        assertThat(api.count("select count(*) from lab where name = ? and host_enterprise_id = ? and kind = 'KEY_LABORATORY'",
                hosted, host)).isOne();
        assertThat(api.count("select count(*) from lab where name = ? and host_institution = '五邑大学' "
                + "and host_enterprise_id is null", institutional)).isOne();
    }

    @ParameterizedTest
    @EnumSource(SpreadsheetFormat.class)
    void aValidFileOfStatisticsLandsEveryRowForDistricts(SpreadsheetFormat format) {
        int year = ImportApi.freshYear();
        List<List<Object>> rows = List.of(ImportRows.STATISTICS_HEADER,
                row(JIANGHAI, year, new BigDecimal("30000000000.00"), new BigDecimal("1713000000.00"), "江门市统计局"),
                row(ImportApi.PENGJIANG, year, new BigDecimal("52000000000"), new BigDecimal("1040000000.5"), "江门市统计局"));

        assertThat(api.importNow(api.fixtures().quickBearer(Role.ADMIN), "statistics", name(format), file(format, rows)))
                .hasStatus(HttpStatus.CREATED)
                .bodyJson().hasPathSatisfying("$.createdRows", v -> v.assertThat().isEqualTo(2));
        var stored = api.fixtures().jdbc().sql("select gdp, rd_expenditure from regional_statistic "
                + "where region_code = ? and year = ?").params(ImportApi.PENGJIANG, year).query().singleRow();
        assertThat((BigDecimal) stored.get("gdp")).isEqualByComparingTo("52000000000.00");
        assertThat((BigDecimal) stored.get("rd_expenditure")).isEqualByComparingTo("1040000000.50");
    }

    @Test
    void englishFieldNamesServeAsHeadersInAnyOrder() {
        String code = ApiFixtures.randomCreditCode(JIANGHAI);
        String name = ImportRows.uniqueName("English header 企业");
        List<List<Object>> rows = List.of(row("regionCode", "creditCode", "name"), row(JIANGHAI, code, name));

        assertThat(api.importNow(api.fixtures().officialBearer(JIANGHAI), "enterprises", "en.csv", ImportApi.csv(rows)))
                .hasStatus(HttpStatus.CREATED);
        assertThat(api.count("select count(*) from enterprise where credit_code = ? and name = ?", code, name)).isOne();
    }

    @Test
    void aCityOfficialImportsRowsOfEveryDistrictOfTheCity() {
        List<List<Object>> rows = new ArrayList<>(ImportRows.enterprises(1, JIANGHAI));
        rows.addAll(ImportRows.enterprises(1, ImportApi.XINHUI).subList(1, 2));

        assertThat(api.importNow(api.fixtures().officialBearer("440700"), "enterprises", "city.csv", ImportApi.csv(rows)))
                .hasStatus(HttpStatus.CREATED)
                .bodyJson().hasPathSatisfying("$.createdRows", v -> v.assertThat().isEqualTo(2));
    }
}
