package cn.kjj.platform.imports;

import static cn.kjj.platform.imports.ImportRows.row;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiFixtures;
import cn.kjj.platform.ApiTest;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/** Technology SMEs imported in bulk: every row goes in, or none does and each wrong line is named. */
@ApiTest
class TechSmeImportTest {

    private static final List<Object> HEADER = List.of("统一社会信用代码", "年度", "入库登记编号", "评价得分");
    private static final String JIANGHAI = ApiFixtures.JIANGHAI;

    @Autowired
    ImportApi api;

    @Test
    void aFileWithARepeatedEnterpriseYearAnEnterpriseOfAnotherDistrictAndOneAlreadyRegisteredWritesNothing() {
        int year = ThreadLocalRandom.current().nextInt(5000, 7000);
        String first = code(api.fixtures().enterprise(JIANGHAI));
        String second = code(api.fixtures().enterprise(JIANGHAI));
        long registered = api.fixtures().enterprise(JIANGHAI);
        api.fixtures().jdbc().sql("insert into tech_sme (enterprise_id, year, registration_no, region_code) "
                + "values (?, ?, ?, ?)").params(registered, year, "R" + year + "0", JIANGHAI).update();
        String pengjiang = code(api.fixtures().enterprise(ImportApi.PENGJIANG));
        List<List<Object>> rows = List.of(HEADER,
                row(first, year, "R" + year + "1", "75.00"),
                row(second, year, "R" + year + "2", ""),
                row(first, year, "R" + year + "3", "61"),
                row(pengjiang, year, "R" + year + "4", "80"),
                row(code(registered), year, "R" + year + "5", "70"),
                row(second, year + 1, "R" + year + "1", "101"));

        assertThat(api.importNow(api.fixtures().officialBearer(JIANGHAI), "tech-smes", "smes.csv", ImportApi.csv(rows)))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.errors[*].line", v -> v.assertThat().asArray().containsExactly(4, 5, 6, 7))
                .hasPathSatisfying("$.errors[*].code", v -> v.assertThat().asArray().containsExactly(
                        "error.import.duplicateInFile", "error.import.enterpriseNotFound", "error.techSme.duplicate",
                        "error.techSme.score"));
        assertThat(api.count("select count(*) from tech_sme where year in (?, ?)", year, year + 1)).isEqualTo(1);
    }

    @Test
    void aValidFileLandsEveryRegistrationInItsEnterprisesDistrictAndTheIndicatorCountsThem() {
        int year = ThreadLocalRandom.current().nextInt(5000, 7000);
        List<List<Object>> rows = List.of(HEADER,
                row(code(api.fixtures().enterprise(JIANGHAI)), year, "V" + year + "1", "75.50"),
                row(code(api.fixtures().enterprise(JIANGHAI)), year, "V" + year + "2", ""),
                row(code(api.fixtures().enterprise(ImportApi.XINHUI)), year, "V" + year + "3", "60"));

        assertThat(api.importNow(api.fixtures().officialBearer("440700"), "tech-smes", "smes.xlsx", ImportApi.xlsx(rows)))
                .hasStatus(HttpStatus.CREATED).bodyJson()
                .hasPathSatisfying("$.kind", v -> v.assertThat().isEqualTo("tech-smes"))
                .hasPathSatisfying("$.createdRows", v -> v.assertThat().isEqualTo(3));
        assertThat(api.count("select count(*) from tech_sme where year = ? and region_code = ?", year, JIANGHAI))
                .isEqualTo(2);
        assertThat(api.get(api.fixtures().officialBearer("440700"),
                "/api/v1/indicators/tech-smes?region=440700&from=" + year + "&to=" + year))
                .hasStatusOk().bodyJson()
                .hasPathSatisfying("$.series[0].value", v -> v.assertThat().isEqualTo(3));
    }

    private String code(long enterpriseId) {
        return api.fixtures().creditCodeOf(enterpriseId);
    }
}
