package cn.kjj.platform.demo;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Brings the indicator roll-ups (decision 0014) in line with the base tables after the bulk load,
 * in the loading transaction, by one recomputation over every row: the turnover roll-up from every
 * registered contract (the definition of V11's back-fill) and the high-tech roll-ups from every
 * certificate. The high-tech statement is the per-enterprise one of {@code JdbcHighTechLedger}
 * (the definitions of IndicatorCatalogue) written with a join and aggregate filters instead of
 * correlated subqueries, so that it runs in one pass (under a second) rather than one pass per
 * enterprise; DemoDataLoaderTest checks that the ledger's own recomputation leaves its rows unchanged.
 */
@Component
class DemoRollups {

    static final String HIGH_TECH_ENTERPRISE_YEARS = """
            insert into high_tech_enterprise_year (enterprise_id, year, region_code, in_force, newly_certified,
                renewed, expired, revoked)
            with c as materialized (
                select h.id, h.enterprise_id, h.kind, h.issued_on, h.expires_on, h.revoked_on, e.region_code,
                    not exists (select 1 from high_tech_certification z where z.enterprise_id = h.enterprise_id
                        and z.id <> h.id and z.issued_on <= h.expires_on + 1 and z.expires_on >= h.expires_on + 1
                        and (z.revoked_on is null or z.revoked_on > h.expires_on + 1)) as unfollowed
                from high_tech_certification h join enterprise e on e.id = h.enterprise_id),
            ys as (
                select distinct c.enterprise_id, c.region_code, y.year
                from c, generate_series(extract(year from c.issued_on)::int,
                    extract(year from greatest(c.expires_on + 1, coalesce(c.revoked_on, c.issued_on)))::int) as y(year)),
            f as (
                select ys.enterprise_id, ys.year, ys.region_code,
                    max(case when x.issued_on <= make_date(ys.year, 12, 31) and x.expires_on >= make_date(ys.year, 12, 31)
                        and (x.revoked_on is null or x.revoked_on > make_date(ys.year, 12, 31)) then 1 else 0 end)
                        as in_force,
                    count(*) filter (where x.kind = 'INITIAL' and extract(year from x.issued_on) = ys.year)::int
                        as newly_certified,
                    count(*) filter (where x.kind = 'RENEWAL' and extract(year from x.issued_on) = ys.year)::int
                        as renewed,
                    count(*) filter (where extract(year from x.expires_on + 1) = ys.year
                        and (x.revoked_on is null or x.revoked_on > x.expires_on) and x.unfollowed)::int as expired,
                    count(*) filter (where extract(year from x.revoked_on) = ys.year)::int as revoked
                from ys join c x on x.enterprise_id = ys.enterprise_id
                group by ys.enterprise_id, ys.year, ys.region_code)
            select enterprise_id, year, region_code, in_force, newly_certified, renewed, expired, revoked
            from f where in_force + newly_certified + renewed + expired + revoked > 0""";

    private final JdbcClient jdbc;

    DemoRollups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void recompute() {
        jdbc.sql("delete from contract_turnover_rollup").update();
        for (String perspective : new String[] {"SELLER", "BUYER"}) {
            String region = perspective.equals("SELLER") ? "seller_region_code" : "buyer_region_code";
            jdbc.sql("insert into contract_turnover_rollup select " + region + ", '" + perspective + "',"
                    + " date_trunc('month', registered_on)::date, type, count(*), sum(contract_amount),"
                    + " sum(tech_transaction_amount) from technology_contract"
                    + " where status = 'REGISTERED' and " + region + " is not null group by 1, 3, 4").update();
        }
        jdbc.sql("delete from high_tech_rollup").update();
        jdbc.sql("delete from high_tech_enterprise_year").update();
        jdbc.sql(HIGH_TECH_ENTERPRISE_YEARS).update();
        jdbc.sql("""
                insert into high_tech_rollup (region_code, year, stock, newly_certified, renewed, expired, revoked)
                select region_code, year, sum(in_force), sum(newly_certified), sum(renewed), sum(expired), sum(revoked)
                from high_tech_enterprise_year group by region_code, year""").update();
    }
}
