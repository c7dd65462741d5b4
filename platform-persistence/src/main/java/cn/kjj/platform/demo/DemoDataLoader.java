package cn.kjj.platform.demo;

import cn.kjj.platform.indicator.HighTechLedger;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo data set: a Jianghai enterprise with its high-tech certificate, the five demo accounts
 * of the API contract (password {@value #PASSWORD}), an incubator, an R&D platform, a program with
 * an award and the 2022 statistics of Jianghai. Plain SQL, idempotent (a second run inserts
 * nothing), in one transaction serialised by an advisory lock so that two instances starting on
 * the same database do not both insert.
 */
@Component
class DemoDataLoader {

    static final String PASSWORD = "demo";

    /** 91 (enterprise, registered with the market regulator) + 440704 + organisation code MA4WJH01-1 + check B. */
    static final String ENTERPRISE_CREDIT_CODE = "91440704MA4WJH011B";
    static final String ENTERPRISE_NAME = "江门市江海区示范科技有限公司";
    static final String CERTIFICATE_NO = "GR202344004567";
    static final String JIANGHAI = "440704";
    static final String JIANGMEN = "440700";
    /** R&D expenditure / GDP = 1 713 000 000 / 30 000 000 000 = 0.0571 exactly (5.71 %). */
    static final BigDecimal GDP_2022 = new BigDecimal("30000000000.00");
    static final BigDecimal RD_EXPENDITURE_2022 = new BigDecimal("1713000000.00");
    static final String STATISTICS_SOURCE = "江门市统计局";
    static final String PROGRAM_NAME = "2023年江海区科技创新券";

    private record DemoAccount(String username, String displayName, String role, String regionCode,
                               boolean enterprise) {
    }

    private static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin", "系统管理员", "ADMIN", null, false),
            new DemoAccount("official.jianghai", "江海区科技局审核员", "OFFICIAL", JIANGHAI, false),
            new DemoAccount("official.city", "江门市科技局审核员", "OFFICIAL", JIANGMEN, false),
            new DemoAccount("enterprise.demo", "示范科技企业填报员", "ENTERPRISE", null, true),
            new DemoAccount("analyst", "数据分析员", "ANALYST", null, false));

    static final List<String> USERNAMES = ACCOUNTS.stream().map(DemoAccount::username).toList();

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;
    private final HighTechLedger highTech;

    DemoDataLoader(JdbcClient jdbc, PasswordEncoder passwordEncoder, PlatformTransactionManager transactionManager,
                   HighTechLedger highTech) {
        this.highTech = highTech;
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    DemoDataSummary load() {
        return transaction.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(hashtext('cn.kjj.platform.demo'))").query().singleRow();
            int enterprises = insertEnterprise();
            long enterpriseId = jdbc.sql("select id from enterprise where credit_code = ?")
                    .param(ENTERPRISE_CREDIT_CODE).query(Long.class).single();
            int certifications = insertCertification(enterpriseId);
            highTech.recompute(List.of(enterpriseId));
            int accounts = insertAccounts(enterpriseId);
            int incubators = insertIncubator();
            int labs = insertLab(enterpriseId);
            int programs = insertProgram();
            int awards = insertAward(enterpriseId);
            int statistics = insertStatistics();
            return new DemoDataSummary(enterprises, certifications, accounts, incubators, labs, programs, awards,
                    statistics);
        });
    }

    private int insertEnterprise() {
        return jdbc.sql("""
                        insert into enterprise (name, credit_code, region_code, industry, founded_on, employees,
                                                rd_staff, revenue, rd_expense)
                        values (?, ?, ?, '智能装备制造', ?, 126, 31, 86000000.00, 4730000.00)
                        on conflict (credit_code) do nothing""")
                .params(ENTERPRISE_NAME, ENTERPRISE_CREDIT_CODE, JIANGHAI, LocalDate.of(2015, 6, 18))
                .update();
    }

    /** Issued 28 December 2023, in force for three years up to and including 27 December 2026. */
    private int insertCertification(long enterpriseId) {
        return jdbc.sql("""
                        insert into high_tech_certification (enterprise_id, certificate_no, kind, issued_on, expires_on)
                        values (?, ?, 'INITIAL', ?, ?)
                        on conflict (certificate_no) do nothing""")
                .params(enterpriseId, CERTIFICATE_NO, LocalDate.of(2023, 12, 28), LocalDate.of(2026, 12, 27))
                .update();
    }

    private int insertAccounts(long enterpriseId) {
        Set<String> existing = new HashSet<>(jdbc.sql("select username from account where username in (:names)")
                .param("names", USERNAMES).query(String.class).list());
        int inserted = 0;
        for (DemoAccount account : ACCOUNTS) {
            if (existing.contains(account.username())) {
                continue;
            }
            // hashing is slow on purpose, so only for accounts that are really missing
            inserted += jdbc.sql("""
                            insert into account (username, password_hash, display_name, roles, region_code,
                                                 enterprise_id)
                            values (?, ?, ?, array[?]::varchar(20)[], ?, ?)
                            on conflict (username) do nothing""")
                    .params(account.username(), passwordEncoder.encode(PASSWORD), account.displayName(),
                            account.role(), account.regionCode(), account.enterprise() ? enterpriseId : null)
                    .update();
        }
        return inserted;
    }

    private int insertIncubator() {
        return jdbc.sql("""
                        insert into incubator (name, kind, level, region_code, operator, area_sqm, tenant_count,
                                               graduated_count, recognized_on)
                        select ?, 'INCUBATOR', 'NATIONAL', ?, '江门高新技术创业服务中心', 120000.00, 86, 23, ?
                        where not exists (select 1 from incubator where name = ? and region_code = ?)""")
                .params("江海区科技企业孵化器", JIANGHAI, LocalDate.of(2018, 12, 10), "江海区科技企业孵化器", JIANGHAI)
                .update();
    }

    private int insertLab(long enterpriseId) {
        String name = "江门市智能装备工程技术研究中心";
        return jdbc.sql("""
                        insert into lab (name, kind, level, region_code, host_enterprise_id, recognized_on)
                        select ?, 'ENGINEERING_TECHNOLOGY_CENTER', 'PROVINCIAL', ?, ?, ?
                        where not exists (select 1 from lab where name = ? and region_code = ?)""")
                .params(name, JIANGHAI, enterpriseId, LocalDate.of(2023, 5, 18), name, JIANGHAI)
                .update();
    }

    private int insertProgram() {
        return jdbc.sql("""
                        insert into program (name, kind, region_code, year, budget, description)
                        select ?, 'INNOVATION_VOUCHER', ?, 2023, 2000000.00, '支持中小企业购买研发、检测和技术服务'
                        where not exists (select 1 from program where name = ? and region_code = ? and year = 2023)""")
                .params(PROGRAM_NAME, JIANGHAI, PROGRAM_NAME, JIANGHAI)
                .update();
    }

    /** The award and the program's awarded total move together, as the application does it. */
    private int insertAward(long enterpriseId) {
        BigDecimal amount = new BigDecimal("200000.00");
        LocalDate awardedOn = LocalDate.of(2023, 6, 30);
        long programId = jdbc.sql("select id from program where name = ? and region_code = ? and year = 2023")
                .params(PROGRAM_NAME, JIANGHAI).query(Long.class).single();
        int inserted = jdbc.sql("""
                        insert into program_award (program_id, enterprise_id, amount, awarded_on, note)
                        select ?, ?, ?, ?, '首批创新券兑付'
                        where not exists (select 1 from program_award
                                          where program_id = ? and enterprise_id = ? and awarded_on = ?)""")
                .params(programId, enterpriseId, amount, awardedOn, programId, enterpriseId, awardedOn)
                .update();
        if (inserted > 0) {
            jdbc.sql("update program set awarded_total = awarded_total + ?, updated_at = now(), version = version + 1"
                    + " where id = ?").params(amount, programId).update();
        }
        return inserted;
    }

    private int insertStatistics() {
        return jdbc.sql("""
                        insert into regional_statistic (region_code, year, gdp, rd_expenditure, source)
                        values (?, 2022, ?, ?, ?)
                        on conflict (region_code, year) do nothing""")
                .params(JIANGHAI, GDP_2022, RD_EXPENDITURE_2022, STATISTICS_SOURCE)
                .update();
    }
}
