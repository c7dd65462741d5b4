package cn.kjj.platform.indicator;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one rebuild of the turnover roll-ups ({@link TurnoverLedger#rebuild()}): both monthly tables computed again from
 * one list of moves, then the years from the months (V35). A move is a registration here with the amounts it was
 * registered with (today's less its approved changes), an approved change's difference in its decision month
 * (decision 0034), or a registration of another office imported here (absorption only, decision 0036). The dimensions
 * take the cells {@code contract_market_cells} (V22, V38) gives for it, as the incremental moves do; the totals are
 * the cells of the dimension TYPE (a move's SELLER and BUYER rows by its type, decision 0067).
 */
@Component
class TurnoverRollupRebuild {

    /**
     * The moves, with the arguments of {@code contract_market_cells}; output is null where there is none. One
     * select without common table expressions, so that a query reading it once may get a parallel plan (a CTE
     * scan is parallel restricted; decision 0066): the approved changes are read where they are used.
     */
    private static final String MOVES_SELECT = """
            select 1 as n, date_trunc('month', t.registered_on)::date as month,
                t.contract_amount - coalesce(a.contract_amount, 0) as contract_amount,
                t.tech_transaction_amount - coalesce(a.tech_transaction_amount, 0) as tech_transaction_amount,
                case when t.filer_role = 'SELLER' then t.seller_region_code end as output_region,
                case when t.filer_role = 'SELLER' then t.seller_region_code end as seller_place,
                t.buyer_region_code, t.buyer_country, t.type, t.technology_field, t.seller_nature, t.buyer_nature,
                t.ip_type, t.plan_source
            from technology_contract t
            left join (select ch.contract_id, sum(ch.after_contract_amount - ch.before_contract_amount) contract_amount,
                           sum(ch.after_tech_amount - ch.before_tech_amount) tech_transaction_amount
                       from contract_change ch
                       where ch.status = 'APPROVED' and ch.after_contract_amount is not null
                       group by ch.contract_id) a on a.contract_id = t.id
            where t.status = 'REGISTERED'
            union all
            select 0, date_trunc('month', ch.decided_on)::date, ch.after_contract_amount - ch.before_contract_amount,
                ch.after_tech_amount - ch.before_tech_amount,
                case when t.filer_role = 'SELLER' then t.seller_region_code end,
                case when t.filer_role = 'SELLER' then t.seller_region_code end,
                t.buyer_region_code, t.buyer_country, t.type, t.technology_field, t.seller_nature, t.buyer_nature,
                t.ip_type, t.plan_source
            from contract_change ch join technology_contract t on t.id = ch.contract_id
            where ch.status = 'APPROVED' and ch.after_contract_amount is not null and t.status = 'REGISTERED'
            union all
            select 1, date_trunc('month', e.registered_on)::date, e.contract_amount, e.tech_transaction_amount,
                null, external_seller_region(e.seller_country, e.seller_region_code), e.buyer_region_code, 'CN',
                e.type, e.technology_field, e.seller_nature, e.buyer_nature, e.ip_type, e.plan_source
            from external_contract_registration e""";

    private final JdbcClient jdbc;

    TurnoverRollupRebuild(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void rebuild() {
        // the months' triggers leave the years alone until rebuild_turnover_year_rollups() below (V35)
        jdbc.sql("select set_config('platform.rollup_years_rebuilding', 'on', true)").query(rs -> { });
        // both locked before the moves are read, so that a registration committing meanwhile moves the rebuilt rows
        // (its move waits for the locks) instead of rows this rebuild then deletes
        jdbc.sql("lock table contract_turnover_rollup in exclusive mode").update();
        jdbc.sql("lock table contract_market_rollup in exclusive mode").update();
        // the cells grouped in a statement that may run in parallel workers (an INSERT's query never does), then
        // stored: the grouping of every move's fourteen cells is most of a rebuild (decision 0066)
        jdbc.sql("""
                create temp table market_rollup_rebuild on commit drop as
                select c.region_code, c.perspective, c.dimension, m.month, c.group_code, sum(m.n) contract_count,
                    sum(m.contract_amount) contract_amount, sum(m.tech_transaction_amount) tech_transaction_amount
                from (%s) m
                cross join lateral contract_market_cells(m.output_region, m.seller_place, m.buyer_region_code,
                    m.buyer_country, m.type, m.technology_field, m.seller_nature, m.buyer_nature, m.ip_type,
                    m.plan_source) c
                group by 1, 2, 3, 4, 5""".formatted(MOVES_SELECT)).update();
        // the totals are the cells of the dimension TYPE: a move's SELLER cell is its output region's, its BUYER cell
        // its buyer's region's, each where there is one, and its group is its type (never null), which is what the
        // totals group by; read from the grouped cells instead of grouping the moves a second time (decision 0067)
        jdbc.sql("delete from contract_turnover_rollup").update();
        jdbc.sql("""
                insert into contract_turnover_rollup (region_code, perspective, month, contract_type, contract_count,
                    contract_amount, tech_transaction_amount)
                select region_code, perspective, month, group_code, contract_count, contract_amount,
                    tech_transaction_amount
                from market_rollup_rebuild where dimension = 'TYPE'""").update();
        jdbc.sql("delete from contract_market_rollup").update();
        jdbc.sql("""
                insert into contract_market_rollup (region_code, perspective, dimension, month, group_code,
                    contract_count, contract_amount, tech_transaction_amount)
                select region_code, perspective, dimension, month, group_code, contract_count, contract_amount,
                    tech_transaction_amount
                from market_rollup_rebuild""").update();
        jdbc.sql("drop table market_rollup_rebuild").update();
        // the years of the months, in the one statement that computes them (and the triggers on again)
        jdbc.sql("select rebuild_turnover_year_rollups()").query(rs -> { });
    }
}
