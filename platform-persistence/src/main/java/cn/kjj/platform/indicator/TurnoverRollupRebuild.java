package cn.kjj.platform.indicator;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one rebuild of the turnover roll-ups ({@link TurnoverLedger#rebuild()}): both monthly tables computed again from
 * one list of moves, then the years from the months (V35). A move is a registration here with the amounts it was
 * registered with (today's less its approved changes), an approved change's difference in its decision month
 * (decision 0034), or a registration of another office imported here (absorption only, decision 0036). The totals
 * take each move's SELLER and BUYER rows; the dimensions take the cells {@code contract_market_cells} (V22, V38)
 * gives for it, as the incremental moves do.
 */
@Component
class TurnoverRollupRebuild {

    /** The moves, with the arguments of {@code contract_market_cells}; output is null where there is none. */
    private static final String MOVES = """
            with applied as (
                select ch.contract_id, date_trunc('month', ch.decided_on)::date as month,
                    ch.after_contract_amount - ch.before_contract_amount as contract_amount,
                    ch.after_tech_amount - ch.before_tech_amount as tech_transaction_amount
                from contract_change ch join technology_contract c on c.id = ch.contract_id
                where ch.status = 'APPROVED' and ch.after_contract_amount is not null and c.status = 'REGISTERED'),
            local as (
                select t.id, case when t.filer_role = 'SELLER' then t.seller_region_code end as output_region,
                    t.buyer_region_code, t.buyer_country, t.type, t.technology_field, t.seller_nature, t.buyer_nature,
                    t.ip_type, t.plan_source, t.registered_on, t.contract_amount, t.tech_transaction_amount
                from technology_contract t where t.status = 'REGISTERED'),
            moves as (
                select 1 as n, date_trunc('month', t.registered_on)::date as month,
                    t.contract_amount - coalesce(a.contract_amount, 0) as contract_amount,
                    t.tech_transaction_amount - coalesce(a.tech_transaction_amount, 0) as tech_transaction_amount,
                    t.output_region, t.output_region as seller_place, t.buyer_region_code, t.buyer_country, t.type,
                    t.technology_field, t.seller_nature, t.buyer_nature, t.ip_type, t.plan_source
                from local t
                left join (select contract_id, sum(contract_amount) contract_amount,
                               sum(tech_transaction_amount) tech_transaction_amount
                           from applied group by contract_id) a on a.contract_id = t.id
                union all
                select 0, a.month, a.contract_amount, a.tech_transaction_amount, t.output_region, t.output_region,
                    t.buyer_region_code, t.buyer_country, t.type, t.technology_field, t.seller_nature, t.buyer_nature,
                    t.ip_type, t.plan_source
                from applied a join local t on t.id = a.contract_id
                union all
                select 1, date_trunc('month', e.registered_on)::date, e.contract_amount, e.tech_transaction_amount,
                    null, external_seller_region(e.seller_country, e.seller_region_code), e.buyer_region_code, 'CN',
                    e.type, e.technology_field, e.seller_nature, e.buyer_nature, e.ip_type, e.plan_source
                from external_contract_registration e)
            """;

    private final JdbcClient jdbc;

    TurnoverRollupRebuild(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void rebuild() {
        // the months' triggers leave the years alone until rebuild_turnover_year_rollups() below (V35)
        jdbc.sql("select set_config('platform.rollup_years_rebuilding', 'on', true)").query(rs -> { });
        jdbc.sql("lock table contract_turnover_rollup in exclusive mode").update();
        jdbc.sql("delete from contract_turnover_rollup").update();
        jdbc.sql("""
                insert into contract_turnover_rollup (region_code, perspective, month, contract_type, contract_count,
                    contract_amount, tech_transaction_amount)
                %s
                select region_code, perspective, month, type, sum(n), sum(contract_amount),
                    sum(tech_transaction_amount)
                from (select output_region region_code, 'SELLER' perspective, n, contract_amount,
                        tech_transaction_amount, month, type
                      from moves where output_region is not null
                      union all
                      select buyer_region_code, 'BUYER', n, contract_amount, tech_transaction_amount, month, type
                      from moves where buyer_region_code is not null) t
                group by region_code, perspective, month, type""".formatted(MOVES)).update();
        jdbc.sql("lock table contract_market_rollup in exclusive mode").update();
        jdbc.sql("delete from contract_market_rollup").update();
        jdbc.sql("""
                insert into contract_market_rollup (region_code, perspective, dimension, month, group_code,
                    contract_count, contract_amount, tech_transaction_amount)
                %s
                select c.region_code, c.perspective, c.dimension, m.month, c.group_code, sum(m.n),
                    sum(m.contract_amount), sum(m.tech_transaction_amount)
                from moves m
                cross join lateral contract_market_cells(m.output_region, m.seller_place, m.buyer_region_code,
                    m.buyer_country, m.type, m.technology_field, m.seller_nature, m.buyer_nature, m.ip_type,
                    m.plan_source) c
                group by 1, 2, 3, 4, 5""".formatted(MOVES)).update();
        // the years of the months, in the one statement that computes them (and the triggers on again)
        jdbc.sql("select rebuild_turnover_year_rollups()").query(rs -> { });
    }
}
