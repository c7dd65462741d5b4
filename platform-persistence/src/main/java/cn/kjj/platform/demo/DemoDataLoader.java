package cn.kjj.platform.demo;

import cn.kjj.platform.common.WorkingCalendarSource;
import cn.kjj.platform.indicator.HighTechLedger;
import cn.kjj.platform.indicator.TurnoverLedger;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo data set (docs/demo-data.md) into a database that holds no enterprise yet: the five
 * demo accounts, the demo enterprise, then everything {@link DemoDataSet} generates by COPY, and the
 * indicator roll-ups rebuilt from it (the ledgers' rebuild), all in one transaction serialised by an
 * advisory lock (two instances starting on one database never both load). A database with enterprises gets nothing, so
 * a second start adds nothing and a real registry never receives demo rows.
 */
@Component
record DemoDataLoader(JdbcClient jdbc, PasswordEncoder passwordEncoder, TransactionTemplate transaction,
                      DemoDataWriter writer, DemoLadder ladder, TurnoverLedger turnover, HighTechLedger highTech,
                      WorkingCalendarSource calendars, Clock clock, SupplyDemandDemo supplyDemand,
                      BuyerFilingDemo buyerFilings, HighTechApplicationDemo applications, DemoFigures figures) {

    /** 91 (enterprise, registered with the market regulator) + 440704 + organisation code MA4WJH01-1 + check B. */
    static final String ENTERPRISE_CREDIT_CODE = "91440704MA4WJH011B";
    static final String ENTERPRISE_NAME = "江门市江海区示范科技有限公司";

    DemoDataSummary load() {
        return transaction.execute(status -> {
            long started = System.nanoTime();
            jdbc.sql("select pg_advisory_xact_lock(hashtext('cn.kjj.platform.demo'))").query().singleRow();
            if (jdbc.sql("select exists (select 1 from enterprise)").query(Boolean.class).single()) {
                return DemoDataSummary.nothing();
            }
            LocalDate today = LocalDate.now(clock);
            DemoEnterprise demo = insertDemoEnterprise();
            int accounts = insertAccounts(demo.id());
            DemoStory story = new DemoStory(demo, accountIds());
            DemoRows rows = DemoDataSet.generate(story, writer.maxIds(), today, calendars.current());
            Map<String, Integer> counts = new LinkedHashMap<>();
            counts.put("enterprise", 1);
            writer.write(rows).forEach((table, n) -> counts.merge(table, n, Integer::sum));
            counts.putAll(ladder.load(today));
            counts.putAll(supplyDemand.write(today));
            new DemoContractChanges(jdbc).write(today).forEach((table, n) -> counts.merge(table, n, Integer::sum));
            buyerFilings.load(demo, today);
            counts.putAll(applications.load(today, demo.id()));
            figures.load(today, demo.id()).forEach((table, n) -> counts.merge(table, n, Integer::sum));
            new ProgramApplicationDemo(jdbc, story, today).load();
            new VoucherDemo(jdbc, story, today).load();
            turnover.rebuild();
            highTech.rebuild();
            // the experts' accounts (decision 0042) come with the programs' experts, after the others
            int allAccounts = accounts + jdbc.sql("select count(*) from account where 'EXPERT' = any(roles)")
                    .query(Integer.class).single();
            return new DemoDataSummary(allAccounts, counts, (System.nanoTime() - started) / 1_000_000);
        });
    }

    private DemoEnterprise insertDemoEnterprise() {
        LocalDate founded = LocalDate.of(2015, 6, 18);
        long id = jdbc.sql("""
                        insert into enterprise (name, credit_code, region_code, industry, founded_on, employees,
                                                rd_staff, revenue, rd_expense)
                        values (?, ?, ?, '智能装备制造', ?, 126, 31, 86000000.00, 4730000.00)
                        returning id""")
                .params(ENTERPRISE_NAME, ENTERPRISE_CREDIT_CODE, DemoDistrict.JIANGHAI.code(), founded)
                .query(Long.class).single();
        return new DemoEnterprise(id, ENTERPRISE_NAME, ENTERPRISE_CREDIT_CODE, DemoDistrict.JIANGHAI, founded);
    }

    /** The accounts that are missing, all with one hash of the password (hashing is slow on purpose). */
    private int insertAccounts(long enterpriseId) {
        String hash = passwordEncoder.encode(DemoAccounts.PASSWORD);
        int inserted = 0;
        for (DemoAccounts.Account account : DemoAccounts.ALL) {
            inserted += jdbc.sql("""
                            insert into account (username, password_hash, display_name, roles, region_code,
                                                 enterprise_id)
                            values (?, ?, ?, array[?]::varchar(20)[], ?, ?)
                            on conflict (username) do nothing""")
                    .params(account.username(), hash, account.displayName(), account.role(), account.regionCode(),
                            account.enterprise() ? enterpriseId : null)
                    .update();
        }
        return inserted;
    }

    private Map<String, Long> accountIds() {
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("select username, id from account where username in (:names)").param("names", DemoAccounts.USERNAMES)
                .query((rs, i) -> ids.put(rs.getString(1), rs.getLong(2))).list();
        return ids;
    }
}
