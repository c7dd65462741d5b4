package cn.kjj.platform.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiTest;
import cn.kjj.platform.common.DomainException;
import cn.kjj.platform.contract.ContractType;
import cn.kjj.platform.contract.FilingDetails;
import cn.kjj.platform.contract.IpType;
import cn.kjj.platform.contract.PartyNature;
import cn.kjj.platform.contract.PlanSource;
import cn.kjj.platform.contract.TechnologyField;
import cn.kjj.platform.enterprise.CertificationKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A random but repeatable (fixed seed) sequence of 1,200 changes through the real services, dated
 * 2040 to 2043 where no other test writes; afterwards the roll-ups, and the indicators read from
 * them, equal a from-scratch recomputation over the base tables by the definitions, and the
 * ledgers' own rebuild (the demo loader's and the generator's) gives the rows the ledgers kept.
 */
@ApiTest
class IndicatorRollupPropertyTest {

    static final int OPERATIONS = 1_200;
    static final String[] DISTRICTS = IndicatorApiTest.DISTRICTS;
    static final LocalDate START = LocalDate.of(2040, 1, 1);
    static final String OTHER_PROVINCE = "110105";
    static final String[] SELLER_NATURES = {"ENTERPRISE", "UNIVERSITY", "RESEARCH_INSTITUTE", "ENTERPRISE"};
    static final String MARKET_ROWS = """
            select region_code || '/' || perspective || '/' || dimension || '/' || month || '/' || group_code,
                contract_count || '/' || contract_amount || '/' || tech_transaction_amount
            from contract_market_rollup where month >= '2040-01-01' and contract_count > 0""";

    @Autowired
    IndicatorFixtures fx;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IndicatorService indicators;
    @Autowired
    TurnoverLedger turnoverLedger;
    @Autowired
    HighTechLedger highTechLedger;
    @Autowired
    PlatformTransactionManager transactionManager;

    @AfterEach
    void resetClock() {
        fx.clock().reset();
    }

    @Test
    void afterAThousandRandomChangesTheRollUpsEqualARecomputationFromTheBaseTables() {
        Random random = new Random(20401231L);
        List<Long> enterprises = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            long id = fx.fixtures().enterprise(DISTRICTS[i % DISTRICTS.length]);
            fx.fixtures().jdbc().sql("update enterprise set nature = ? where id = ?")
                    .params(SELLER_NATURES[i % SELLER_NATURES.length], id).update();
            enterprises.add(id);
        }
        List<Long> submitted = new ArrayList<>();
        List<Long> registered = new ArrayList<>();
        Map<Long, List<long[]>> certificates = new HashMap<>();
        LocalDate today = START;
        int applied = 0;
        for (int op = 0; op < OPERATIONS; op++) {
            if (random.nextInt(3) == 0) {
                today = today.plusDays(1 + random.nextInt(2));
            }
            fx.on(today);
            long enterprise = enterprises.get(random.nextInt(enterprises.size()));
            try {
                switch (random.nextInt(8)) {
                    case 0, 1 -> submitted.add(fx.submitted(enterprise, buyerRegion(random),
                            pick(random, ContractType.values()), amount(random), pick(random, TechnologyField.values()),
                            new FilingDetails(pick(random, IpType.values()), pick(random, PlanSource.values()), null),
                            pick(random, PartyNature.values())));
                    case 2 -> {
                        if (!submitted.isEmpty()) {
                            long id = submitted.remove(random.nextInt(submitted.size()));
                            if (random.nextBoolean()) {
                                fx.registered(id);
                            } else {
                                fx.registered(id, "1.00");
                            }
                            registered.add(id);
                        }
                    }
                    case 7 -> {
                        if (!submitted.isEmpty()) {
                            fx.rejected(submitted.remove(random.nextInt(submitted.size())));
                        }
                    }
                    case 3 -> {
                        // half as often as registrations, so that many stay registered
                        if (!registered.isEmpty() && random.nextBoolean()) {
                            fx.revokeContract(registered.remove(random.nextInt(registered.size())));
                        }
                    }
                    case 4 -> {
                        List<long[]> own = certificates.computeIfAbsent(enterprise, k -> new ArrayList<>());
                        LocalDate issued = today.minusDays(random.nextInt(400));
                        CertificationKind kind = own.isEmpty() ? CertificationKind.INITIAL : CertificationKind.RENEWAL;
                        long id = fx.certify(enterprise, kind, issued, issued.plusYears(3).minusDays(1));
                        own.add(new long[] {id, issued.toEpochDay()});
                    }
                    case 5 -> {
                        List<long[]> own = certificates.getOrDefault(enterprise, List.of());
                        if (!own.isEmpty()) {
                            long[] c = own.get(random.nextInt(own.size()));
                            LocalDate issued = LocalDate.ofEpochDay(c[1]);
                            fx.revokeCertification(enterprise, c[0],
                                    issued.plusDays(random.nextInt((int) (today.toEpochDay() - c[1]) + 1)));
                        }
                    }
                    default -> fx.statistic(DISTRICTS[random.nextInt(DISTRICTS.length)], 2040 + random.nextInt(3),
                            amount(random), amount(random));
                }
                applied++;
            } catch (DomainException refused) {
                // a change the rules refuse (overlapping certificate, already revoked, ...) changes nothing
            }
        }
        assertThat(applied).isGreaterThan(OPERATIONS / 2);
        assertTheRebuildGivesTheRowsTheLedgersKept(enterprises);
        assertThat(rows("""
                select region_code || '/' || perspective || '/' || month || '/' || contract_type,
                    contract_count || '/' || contract_amount || '/' || tech_transaction_amount
                from contract_turnover_rollup where month >= '2040-01-01' and contract_count > 0"""))
                .isEqualTo(rows("""
                select region_code || '/' || perspective || '/' || month || '/' || type,
                    count(*) || '/' || sum(contract_amount) || '/' || sum(tech_transaction_amount)
                from (select seller_region_code as region_code, 'SELLER' as perspective,
                        date_trunc('month', registered_on)::date as month, type, contract_amount, tech_transaction_amount
                      from technology_contract where status = 'REGISTERED' and filer_role = 'SELLER'
                      union all
                      select buyer_region_code, 'BUYER', date_trunc('month', registered_on)::date, type,
                        contract_amount, tech_transaction_amount
                      from technology_contract where status = 'REGISTERED' and buyer_region_code is not null
                      -- registered elsewhere and imported: the buyer's absorption only (decision 0036)
                      union all
                      select buyer_region_code, 'BUYER', date_trunc('month', registered_on)::date, type,
                        contract_amount, tech_transaction_amount
                      from external_contract_registration) t
                where month >= '2040-01-01' group by region_code, perspective, month, type"""))
                .isNotEmpty();
        assertThat(rows(MARKET_ROWS)).isEqualTo(marketFromScratch()).hasSizeGreaterThan(500);
        assertThat(rows("""
                select region_code || '/' || year, stock || '/' || newly_certified || '/' || renewed || '/' || expired
                    || '/' || revoked
                from high_tech_rollup where year >= 2040
                    and stock + newly_certified + renewed + expired + revoked > 0""")).isEqualTo(highTechFromScratch())
                .isNotEmpty();
        for (String region : new String[] {"440700", "440704", "440000"}) {
            for (IndicatorPoint.RdIntensity point : indicators.rdIntensity(region, 2040, 2042).series()) {
                BigDecimal[] sums = jdbc.sql("""
                        select sum(gdp), sum(rd_expenditure) from regional_statistic
                        where year = ? and region_code like ?""")
                        .params(point.year(), region.replaceAll("0+$", "") + "%")
                        .query((rs, i) -> new BigDecimal[] {rs.getBigDecimal(1), rs.getBigDecimal(2)}).single();
                assertThat(point.gdp()).isEqualByComparingTo(sums[0]);
                assertThat(point.rdExpenditure()).isEqualByComparingTo(sums[1]);
            }
        }
    }

    /** Rebuilt in a transaction that is rolled back, so that other tests' rows stay as they are. */
    private void assertTheRebuildGivesTheRowsTheLedgersKept(List<Long> enterprises) {
        Map<String, String> kept = rollUpRows(enterprises);
        Map<String, String> rebuilt = new TransactionTemplate(transactionManager).execute(status -> {
            turnoverLedger.rebuild();
            highTechLedger.rebuild();
            status.setRollbackOnly();
            return rollUpRows(enterprises);
        });
        assertThat(rebuilt).isEqualTo(kept).hasSizeGreaterThan(50);
    }

    /**
     * The technology-market roll-up recomputed by its definition (docs/indicators.md), written apart from the
     * SQL function the ledger uses: each registered contract in each dimension's group, per perspective, and each
     * imported registration of another office in its buyer's absorption.
     */
    private Map<String, String> marketFromScratch() {
        return rows(cellsByDefinition("date_trunc('month', %s)::date") + """
                select g.region_code || '/' || g.perspective || '/' || g.dimension || '/' || g.period || '/' || g.group_code,
                    sum(g.n) || '/' || sum(g.ca) || '/' || sum(g.ta)
                from g where g.period >= '2040-01-01'
                group by g.region_code, g.perspective, g.dimension, g.period, g.group_code
                having sum(g.n) > 0""");
    }

    /**
     * The roll-ups' cells by their definitions, as common table expressions for a query to end: {@code c}, each
     * registered contract (with the amounts it was registered with) and each approved change's difference, per
     * perspective with a region, in its {@code period} ({@code grain} applied to the registration's or the decision's
     * date, e.g. {@code date_trunc('month', %s)::date}); {@code g}, the same in each dimension's group.
     */
    static String cellsByDefinition(String grain) {
        return """
                with applied as (
                    -- approved changes move the amounts in their decision month, counting no contract (decision 0034)
                    select ch.contract_id, %1$s as period,
                        ch.after_contract_amount - ch.before_contract_amount as ca,
                        ch.after_tech_amount - ch.before_tech_amount as ta
                    from contract_change ch join technology_contract t on t.id = ch.contract_id
                    where ch.status = 'APPROVED' and ch.after_contract_amount is not null and t.status = 'REGISTERED'),
                m as (
                    select t.id, 1 as n, %2$s as period,
                        t.contract_amount - coalesce((select sum(ca) from applied a where a.contract_id = t.id), 0) as ca,
                        t.tech_transaction_amount - coalesce((select sum(ta) from applied a where a.contract_id = t.id), 0)
                            as ta
                    from technology_contract t where t.status = 'REGISTERED'
                    union all
                    select contract_id, 0, period, ca, ta from applied),
                c as (
                    -- output: the registering seller's district only (a buyer-filed contract has none, decision 0036)
                    select t.seller_region_code as region_code, 'SELLER' as perspective, %3$s, m.n, m.period, m.ca,
                        m.ta, case when t.buyer_country <> 'CN' then 'ABROAD'
                            when substr(t.buyer_region_code, 1, 2) = substr(t.seller_region_code, 1, 2) then 'WITHIN_PROVINCE'
                            else 'OTHER_PROVINCE' end as flow
                    from m join technology_contract t on t.id = m.id where t.filer_role = 'SELLER'
                    union all
                    select t.buyer_region_code, 'BUYER', %3$s, m.n, m.period, m.ca, m.ta,
                        case when t.filer_role = 'BUYER' then 'ABROAD'
                            when substr(t.buyer_region_code, 1, 2) = substr(t.seller_region_code, 1, 2) then 'WITHIN_PROVINCE'
                            else 'OTHER_PROVINCE' end
                    from m join technology_contract t on t.id = m.id where t.buyer_region_code is not null
                    union all
                    -- registered at another office, imported: the buyer's absorption, a field left out UNKNOWN (V38)
                    select t.buyer_region_code, 'BUYER', t.type, t.technology_field,
                        coalesce(t.seller_nature, 'UNKNOWN'), coalesce(t.buyer_nature, 'UNKNOWN'),
                        coalesce(t.ip_type, 'UNKNOWN'), coalesce(t.plan_source, 'UNKNOWN'), 1, %4$s,
                        t.contract_amount, t.tech_transaction_amount,
                        case when t.seller_country <> 'CN' then 'ABROAD'
                            when substr(t.buyer_region_code, 1, 2) = substr(t.seller_region_code, 1, 2) then 'WITHIN_PROVINCE'
                            else 'OTHER_PROVINCE' end
                    from external_contract_registration t),
                g as (
                    select 'TYPE' as dimension, type as group_code, c.* from c
                    union all select 'FIELD', technology_field, c.* from c
                    union all select 'SELLER_NATURE', seller_nature, c.* from c
                    union all select 'BUYER_NATURE', buyer_nature, c.* from c
                    union all select 'IP_TYPE', ip_type, c.* from c
                    union all select 'PLAN_SOURCE', plan_source, c.* from c
                    union all select 'FLOW', flow, c.* from c)
                """.formatted(grain.formatted("ch.decided_on"), grain.formatted("t.registered_on"),
                "t.type, t.technology_field, t.seller_nature, t.buyer_nature, t.ip_type, t.plan_source",
                grain.formatted("t.registered_on"));
    }

    private static String buyerRegion(Random random) {
        int r = random.nextInt(6);
        return r == 0 ? null : r == 1 ? OTHER_PROVINCE : DISTRICTS[random.nextInt(DISTRICTS.length)];
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    /** This test's rows of the four roll-up tables, without those that a revocation brought back to zero. */
    private Map<String, String> rollUpRows(List<Long> enterprises) {
        Map<String, String> rows = rows("""
                select 'T/' || region_code || '/' || perspective || '/' || month || '/' || contract_type,
                    contract_count || '/' || contract_amount || '/' || tech_transaction_amount
                from contract_turnover_rollup where month >= '2040-01-01' and contract_count > 0""");
        rows(MARKET_ROWS).forEach((k, v) -> rows.put("M/" + k, v));
        // the yearly roll-ups (V35), moved by the months' triggers, against the rebuild's years of the months
        rows.putAll(rows("""
                select 'Y/' || region_code || '/' || perspective || '/' || year,
                    contract_count || '/' || contract_amount || '/' || tech_transaction_amount
                from contract_turnover_year_rollup where year >= 2040 and contract_count > 0"""));
        rows.putAll(rows("""
                select 'YM/' || region_code || '/' || perspective || '/' || dimension || '/' || year || '/' || group_code,
                    contract_count || '/' || contract_amount || '/' || tech_transaction_amount
                from contract_market_year_rollup where year >= 2040 and contract_count > 0"""));
        rows.putAll(rows("""
                select 'R/' || region_code || '/' || year, stock || '/' || newly_certified || '/' || renewed || '/'
                    || expired || '/' || revoked
                from high_tech_rollup
                where year >= 2040 and stock + newly_certified + renewed + expired + revoked > 0"""));
        jdbc.sql("""
                select 'E/' || enterprise_id || '/' || year, concat_ws('/', region_code, in_force, newly_certified,
                    renewed, expired, revoked)
                from high_tech_enterprise_year where enterprise_id = any(?)""")
                .param(enterprises.toArray(Long[]::new))
                .query((rs, i) -> rows.put(rs.getString(1), rs.getString(2))).list();
        return rows;
    }

    private Map<String, String> highTechFromScratch() {
        Map<String, long[]> figures = new TreeMap<>();
        String certs = "high_tech_certification h join enterprise e on e.id = h.enterprise_id";
        collect(figures, 0, "select e.region_code, y, count(distinct e.id) from generate_series(2040, 2099) y, " + certs
                + " where h.issued_on <= make_date(y, 12, 31) and h.expires_on >= make_date(y, 12, 31)"
                + " and (h.revoked_on is null or h.revoked_on > make_date(y, 12, 31)) group by 1, 2");
        collect(figures, 1, "select e.region_code, extract(year from h.issued_on)::int, count(*) from " + certs
                + " where h.kind = 'INITIAL' group by 1, 2");
        collect(figures, 2, "select e.region_code, extract(year from h.issued_on)::int, count(*) from " + certs
                + " where h.kind = 'RENEWAL' group by 1, 2");
        collect(figures, 3, "select e.region_code, extract(year from h.expires_on + 1)::int, count(*) from " + certs
                + " where (h.revoked_on is null or h.revoked_on > h.expires_on) and not exists (select 1 from"
                + " high_tech_certification z where z.enterprise_id = h.enterprise_id and z.id <> h.id"
                + " and z.issued_on <= h.expires_on + 1 and z.expires_on >= h.expires_on + 1"
                + " and (z.revoked_on is null or z.revoked_on > h.expires_on + 1)) group by 1, 2");
        collect(figures, 4, "select e.region_code, extract(year from h.revoked_on)::int, count(*) from " + certs
                + " where h.revoked_on is not null group by 1, 2");
        Map<String, String> result = new TreeMap<>();
        figures.forEach((k, f) -> result.put(k, f[0] + "/" + f[1] + "/" + f[2] + "/" + f[3] + "/" + f[4]));
        return result;
    }

    private void collect(Map<String, long[]> figures, int index, String sql) {
        jdbc.sql(sql).query((rs, i) -> {
            if (rs.getInt(2) >= 2040) {
                figures.computeIfAbsent(rs.getString(1) + "/" + rs.getInt(2), k -> new long[5])[index] = rs.getLong(3);
            }
            return null;
        }).list();
    }

    private Map<String, String> rows(String sql) {
        Map<String, String> rows = new TreeMap<>();
        jdbc.sql(sql).query((rs, i) -> rows.put(rs.getString(1), rs.getString(2))).list();
        return rows;
    }

    private static String amount(Random random) {
        return BigDecimal.valueOf(1 + random.nextInt(4_000_000), 0).add(BigDecimal.valueOf(random.nextInt(100), 2))
                .toPlainString();
    }
}
