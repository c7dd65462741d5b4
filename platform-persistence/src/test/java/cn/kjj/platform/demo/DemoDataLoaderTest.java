package cn.kjj.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.PersistenceTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

@PersistenceTest
class DemoDataLoaderTest {

    @Autowired
    DemoDataLoader loader;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void loadingTwiceInsertsEverythingOnceAndTheSecondRunNothing() {
        DemoDataSummary first = loader.load();
        DemoDataSummary second = loader.load();

        assertThat(first).isEqualTo(new DemoDataSummary(1, 1, 5, 1, 1, 1, 1, 1));
        assertThat(second.nothingNew()).isTrue();
        assertThat(count("enterprise where credit_code = '" + DemoDataLoader.ENTERPRISE_CREDIT_CODE + "'")).isOne();
        assertThat(count("program_award")).isOne();
        assertThat(jdbc.sql("select awarded_total from program where name = ?").param(DemoDataLoader.PROGRAM_NAME)
                .query(BigDecimal.class).single()).isEqualTo(new BigDecimal("200000.00"));
    }

    @Test
    void theFiveDemoAccountsExistOnceEachWithPasswordDemo() {
        loader.load();
        loader.load();

        List<Map<String, Object>> accounts = jdbc.sql("""
                        select username, password_hash, array_to_string(roles, ',') as roles, region_code,
                               enterprise_id is not null as bound, display_name
                        from account order by username""")
                .query().listOfRows();

        assertThat(accounts).extracting(a -> a.get("username"))
                .containsExactly("admin", "analyst", "enterprise.demo", "official.city", "official.jianghai");
        assertThat(accounts).allSatisfy(a -> {
            assertThat(passwordEncoder.matches("demo", (String) a.get("password_hash"))).as(a.get("username") + "")
                    .isTrue();
            assertThat(passwordEncoder.matches("Demo", (String) a.get("password_hash"))).isFalse();
            assertThat((String) a.get("display_name")).isNotBlank();
        });
        assertThat(row(accounts, "admin")).containsEntry("roles", "ADMIN");
        assertThat(row(accounts, "analyst")).containsEntry("roles", "ANALYST");
        assertThat(row(accounts, "official.jianghai")).containsEntry("roles", "OFFICIAL")
                .containsEntry("region_code", "440704").containsEntry("display_name", "江海区科技局审核员");
        assertThat(row(accounts, "official.city")).containsEntry("roles", "OFFICIAL")
                .containsEntry("region_code", "440700");
        assertThat(row(accounts, "enterprise.demo")).containsEntry("roles", "ENTERPRISE")
                .containsEntry("bound", true);
    }

    @Test
    void theEnterpriseUserIsBoundToTheJianghaiDemoEnterpriseWithAValidCertificate() {
        loader.load();

        Map<String, Object> enterprise = jdbc.sql("""
                        select e.name, e.region_code, c.certificate_no, c.issued_on, c.expires_on
                        from account a
                        join enterprise e on e.id = a.enterprise_id
                        join high_tech_certification c on c.enterprise_id = e.id
                        where a.username = 'enterprise.demo'""")
                .query().singleRow();

        assertThat(enterprise).containsEntry("name", "江门市江海区示范科技有限公司").containsEntry("region_code", "440704");
        assertThat((String) enterprise.get("certificate_no")).matches("GR2023440\\d{5}");
        LocalDate issuedOn = ((Date) enterprise.get("issued_on")).toLocalDate();
        LocalDate expiresOn = ((Date) enterprise.get("expires_on")).toLocalDate();
        assertThat(expiresOn).as("three years, the last day inclusive").isEqualTo(issuedOn.plusYears(3).minusDays(1));
    }

    @Test
    void jianghaiSpendsFivePointSevenOnePercentOfItsGdpOnResearchIn2022() {
        loader.load();

        Map<String, Object> statistic = jdbc.sql("""
                        select gdp, rd_expenditure, source from regional_statistic
                        where region_code = '440704' and year = 2022""")
                .query().singleRow();
        BigDecimal gdp = (BigDecimal) statistic.get("gdp");
        BigDecimal rd = (BigDecimal) statistic.get("rd_expenditure");

        assertThat(rd.divide(gdp, 10, RoundingMode.UNNECESSARY)).isEqualByComparingTo("0.0571");
        assertThat(statistic).containsEntry("source", "江门市统计局");
    }

    @Test
    void demoDataFollowsTheSettingAndWithoutOneTheEmbeddedDatabase() {
        assertThat(DemoDataRunner.enabled(true, false)).isTrue();
        assertThat(DemoDataRunner.enabled(false, true)).isFalse();
        assertThat(DemoDataRunner.enabled(null, true)).isTrue();
        assertThat(DemoDataRunner.enabled(null, false)).isFalse();
    }

    private long count(String fromWhere) {
        return jdbc.sql("select count(*) from " + fromWhere).query(Long.class).single();
    }

    private static Map<String, Object> row(List<Map<String, Object>> rows, String username) {
        return rows.stream().filter(r -> username.equals(r.get("username"))).findFirst().orElseThrow();
    }
}
