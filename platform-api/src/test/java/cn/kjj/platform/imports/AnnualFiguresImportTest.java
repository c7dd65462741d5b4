package cn.kjj.platform.imports;

import static cn.kjj.platform.imports.ImportRows.row;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiFixtures;
import cn.kjj.platform.ApiTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/** Enterprises' annual figures imported in bulk (kind annual-figures): all or nothing, revisions kept. */
@ApiTest
class AnnualFiguresImportTest {

    private static final String JIANGHAI = ApiFixtures.JIANGHAI;
    private static final List<Object> HEADER = row("creditCode", "year", "revenue", "salesRevenue", "highTechIncome",
            "rdExpense", "rdExpenseDomestic", "staff", "techStaff", "inventionPatents", "otherIp", "profit", "taxPaid",
            "assets", "aboveScale");

    @Autowired
    ImportApi api;

    static List<Object> line(String creditCode, int year, String rdExpense, String rdDomestic) {
        return row(creditCode, year, "50000000.00", "48000000.00", "33000000.00", rdExpense, rdDomestic, 90, 15, 2, 4,
                "-120000.50", "800000.00", "61000000.00", "是");
    }

    @Test
    void rowsOfSeveralEnterprisesAndYearsGoInAndAnotherFileRevisesThemKeepingTheHistory() {
        long first = api.fixtures().enterprise(JIANGHAI);
        long second = api.fixtures().enterprise(JIANGHAI);
        String a = api.fixtures().creditCodeOf(first);
        String b = api.fixtures().creditCodeOf(second);
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() - 1;
        String official = api.fixtures().officialBearer(JIANGHAI);

        assertThat(api.importNow(official, "annual-figures", "figures.xlsx", ImportApi.xlsx(List.of(HEADER,
                line(a, year - 1, "2000000.00", "1800000.00"), line(a, year, "2400000.00", "2400000.00"),
                line(b, year, "100000.00", "0.00")))))
                .hasStatus(HttpStatus.CREATED)
                .bodyJson().hasPathSatisfying("$.createdRows", v -> v.assertThat().isEqualTo(3));
        assertThat(api.count("select count(*) from enterprise_annual_figures where enterprise_id in (?, ?)", first,
                second)).isEqualTo(3);
        assertThat(api.count("select count(*) from enterprise_annual_figures where enterprise_id = ? and above_scale"
                + " and profit = -120000.50", first)).isEqualTo(2);

        assertThat(api.importNow(official, "annual-figures", "again.csv", ImportApi.csv(List.of(HEADER,
                line(a, year, "2500000.00", "2400000.00")))))
                .hasStatus(HttpStatus.CREATED);

        assertThat(api.count("select count(*) from enterprise_annual_figures where enterprise_id = ? and year = ?"
                + " and rd_expense = 2500000", first, year)).isOne();
        assertThat(api.count("select count(*) from audit_event where entity_type = 'annual_figures' and entity_id = ?"
                + " and action = 'annual_figures.update'", first + "/" + year)).isOne();
    }

    @Test
    void aFileWithBadLinesStoresNothingAndNamesEachLine() {
        long mine = api.fixtures().enterprise(JIANGHAI);
        long elsewhere = api.fixtures().enterprise(ImportApi.XINHUI);
        String code = api.fixtures().creditCodeOf(mine);
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() - 1;
        List<List<Object>> rows = new ArrayList<>(List.of(HEADER,
                line(code, year - 2, "1000000.00", "1000000.00"),
                line(code, year - 1, "1000000.00", "1000000.01"),
                line(code, year - 2, "1000000.00", "1000000.00"),
                line(api.fixtures().creditCodeOf(elsewhere), year, "1.00", "1.00")));

        assertThat(api.importNow(api.fixtures().officialBearer(JIANGHAI), "annual-figures", "bad.csv",
                ImportApi.csv(rows)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .hasPathSatisfying("$.errors[*].line", v -> v.assertThat().asArray().containsExactly(3, 4, 5))
                .hasPathSatisfying("$.errors[*].message", v -> v.assertThat().asArray().containsExactly(
                        "境内研发费用不能超过研发费用总额", "与第 2 行重复",
                        "您的管辖区域内没有这个统一社会信用代码的企业，请先导入或登记该企业"));
        assertThat(api.count("select count(*) from enterprise_annual_figures where enterprise_id in (?, ?)", mine,
                elsewhere)).isZero();
    }
}
