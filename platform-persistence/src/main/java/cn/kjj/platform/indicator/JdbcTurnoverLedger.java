package cn.kjj.platform.indicator;

import cn.kjj.platform.contract.RegisteredContract;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * contract_turnover_rollup: a registration adds to (upserts) the seller's SELLER row and the
 * buyer's BUYER row (a contract registered by its buyer, or at another office and imported, only to
 * the BUYER row: decision 0036); a revocation subtracts from the same rows (which then exist); an approved
 * change moves only the amounts in its decision month (decision 0034). SELLER before
 * BUYER in every transaction, so two of them never wait on each other in opposite orders. The
 * rebuild is this roll-up's only one (V11's back-fill is its history, never edited).
 *
 * <p>contract_market_rollup: the same moves per dimension and group (an imported registration's too, V38), in one
 * statement whose rows come from the SQL function {@code contract_market_cells} (V22, V38), the groups' one
 * definition, which the rebuild ({@link TurnoverRollupRebuild}) and the lineage use too; rows upserted in key order,
 * for the same reason.
 */
@Repository
class JdbcTurnoverLedger implements TurnoverLedger {

    private static final String CELL_ARGUMENTS = String.join(", ", Collections.nCopies(10,
            "cast(? as varchar)"));

    private final JdbcClient jdbc;
    private final TurnoverRollupRebuild rebuild;

    JdbcTurnoverLedger(JdbcClient jdbc, TurnoverRollupRebuild rebuild) {
        this.jdbc = jdbc;
        this.rebuild = rebuild;
    }

    @Override
    public void add(RegisteredContract c, int sign) {
        // no output region: registered by its buyer or at another office (decision 0036)
        if (c.sellerRegionCode() != null) {
            move(c.sellerRegionCode(), Perspective.SELLER, c, sign);
        }
        if (c.buyerRegionCode() != null) {
            move(c.buyerRegionCode(), Perspective.BUYER, c, sign);
        }
        moveMarket(c, sign);
    }

    /**
     * Adds by upsert; subtracts by update, as PostgreSQL checks an insert's row (a negative count) before it
     * looks for the conflict. Every cell's row exists when a registered contract is subtracted.
     */
    private void moveMarket(RegisteredContract c, int sign) {
        LocalDate month = c.registeredOn().withDayOfMonth(1);
        Object[] cells = cells(c);
        if (sign > 0) {
            jdbc.sql("""
                    insert into contract_market_rollup (region_code, perspective, dimension, month, group_code,
                        contract_count, contract_amount, tech_transaction_amount)
                    select region_code, perspective, dimension, cast(? as date), group_code, 1, cast(? as numeric),
                        cast(? as numeric)
                    from contract_market_cells(%s)
                    order by region_code, perspective, dimension, group_code
                    on conflict (region_code, perspective, dimension, month, group_code) do update set
                        contract_count = contract_market_rollup.contract_count + 1,
                        contract_amount = contract_market_rollup.contract_amount + excluded.contract_amount,
                        tech_transaction_amount = contract_market_rollup.tech_transaction_amount
                            + excluded.tech_transaction_amount""".formatted(CELL_ARGUMENTS))
                    .params(month, c.contractAmount(), c.techTransactionAmount()).params(cells)
                    .update();
            return;
        }
        int updated = jdbc.sql("""
                update contract_market_rollup r set contract_count = r.contract_count - 1,
                    contract_amount = r.contract_amount - cast(? as numeric),
                    tech_transaction_amount = r.tech_transaction_amount - cast(? as numeric)
                from contract_market_cells(%s) c
                where r.region_code = c.region_code and r.perspective = c.perspective and r.dimension = c.dimension
                    and r.group_code = c.group_code and r.month = cast(? as date)""".formatted(CELL_ARGUMENTS))
                .params(c.contractAmount(), c.techTransactionAmount()).params(cells).params(month)
                .update();
        int expected = TurnoverDimension.values().length
                * ((c.sellerRegionCode() == null ? 0 : 1) + (c.buyerRegionCode() == null ? 0 : 1));
        if (updated != expected) {
            throw new IllegalStateException("no market roll-up rows for a registered contract in " + c.sellerRegionCode());
        }
    }

    private void move(String region, Perspective perspective, RegisteredContract c, int sign) {
        LocalDate month = c.registeredOn().withDayOfMonth(1);
        if (sign > 0) {
            jdbc.sql("""
                    insert into contract_turnover_rollup (region_code, perspective, month, contract_type,
                        contract_count, contract_amount, tech_transaction_amount)
                    values (?, ?, ?, ?, 1, ?, ?)
                    on conflict (region_code, perspective, month, contract_type) do update set
                        contract_count = contract_turnover_rollup.contract_count + 1,
                        contract_amount = contract_turnover_rollup.contract_amount + excluded.contract_amount,
                        tech_transaction_amount = contract_turnover_rollup.tech_transaction_amount
                            + excluded.tech_transaction_amount""")
                    .params(region, perspective.name(), month, c.type(), c.contractAmount(),
                            c.techTransactionAmount())
                    .update();
            return;
        }
        int updated = jdbc.sql("""
                update contract_turnover_rollup set contract_count = contract_count - 1,
                    contract_amount = contract_amount - ?, tech_transaction_amount = tech_transaction_amount - ?
                where region_code = ? and perspective = ? and month = ? and contract_type = ?""")
                .params(c.contractAmount(), c.techTransactionAmount(), region, perspective.name(), month, c.type())
                .update();
        if (updated != 1) {
            throw new IllegalStateException("no turnover roll-up row for a registered contract in " + region);
        }
    }

    /** An approved change (decision 0034): the amounts' difference in its decision month, no contract counted. */
    @Override
    public void addAmounts(RegisteredContract c) {
        if (c.sellerRegionCode() != null) {
            moveAmounts(c.sellerRegionCode(), Perspective.SELLER, c);
        }
        if (c.buyerRegionCode() != null) {
            moveAmounts(c.buyerRegionCode(), Perspective.BUYER, c);
        }
        jdbc.sql("""
                insert into contract_market_rollup (region_code, perspective, dimension, month, group_code,
                    contract_count, contract_amount, tech_transaction_amount)
                select region_code, perspective, dimension, cast(? as date), group_code, 0, cast(? as numeric),
                    cast(? as numeric)
                from contract_market_cells(%s)
                order by region_code, perspective, dimension, group_code
                on conflict (region_code, perspective, dimension, month, group_code) do update set
                    contract_amount = contract_market_rollup.contract_amount + excluded.contract_amount,
                    tech_transaction_amount = contract_market_rollup.tech_transaction_amount
                        + excluded.tech_transaction_amount""".formatted(CELL_ARGUMENTS))
                .params(c.registeredOn().withDayOfMonth(1), c.contractAmount(), c.techTransactionAmount())
                .params(cells(c))
                .update();
    }

    private static Object[] cells(RegisteredContract c) {
        return new Object[] {c.sellerRegionCode(), c.sellerPlace(), c.buyerRegionCode(), c.buyerCountry(), c.type(),
                c.technologyField(), c.sellerNature(), c.buyerNature(), c.ipType(), c.planSource()};
    }

    private void moveAmounts(String region, Perspective perspective, RegisteredContract c) {
        jdbc.sql("""
                insert into contract_turnover_rollup (region_code, perspective, month, contract_type,
                    contract_count, contract_amount, tech_transaction_amount)
                values (?, ?, ?, ?, 0, ?, ?)
                on conflict (region_code, perspective, month, contract_type) do update set
                    contract_amount = contract_turnover_rollup.contract_amount + excluded.contract_amount,
                    tech_transaction_amount = contract_turnover_rollup.tech_transaction_amount
                        + excluded.tech_transaction_amount""")
                .params(region, perspective.name(), c.registeredOn().withDayOfMonth(1), c.type(), c.contractAmount(),
                        c.techTransactionAmount())
                .update();
    }

    @Override
    public void rebuild() {
        rebuild.rebuild();
    }

    /**
     * Summed in the database per period (and group): a city's ten years come back as ten rows, not thousands. Periods
     * of a year read the whole years of the range from the yearly roll-ups (V35, moved by the monthly ones' triggers)
     * and only the months at its edges, if any, from the monthly ones: rows read grow with the years asked, not with
     * the months or the contracts. Shorter periods read the months they are made of.
     */
    @Override
    public List<TurnoverCell> read(Collection<String> regions, Perspective perspective, YearMonth from, YearMonth to,
                                   int periodMonths, TurnoverDimension by) {
        String[] codes = regions.toArray(String[]::new);
        String monthly = by == null ? "contract_turnover_rollup" : "contract_market_rollup";
        String group = by == null ? "''" : "group_code";
        String dimension = by == null ? "" : " and dimension = '" + by.name() + "'";
        if (periodMonths != 12) {
            return jdbc.sql("""
                    select (month - make_interval(months => (extract(month from month)::int - 1) %% ?))::date period,
                        %s, sum(contract_count), sum(contract_amount), sum(tech_transaction_amount)
                    from %s where region_code = any(?) and perspective = ?%s and month between ? and ?
                    group by 1, 2 order by 1, 2""".formatted(group, monthly, dimension))
                    .params(periodMonths, codes, perspective.name(), from.atDay(1), to.atDay(1))
                    .query(JdbcTurnoverLedger::cell)
                    .list();
        }
        int firstYear = from.getMonthValue() == 1 ? from.getYear() : from.getYear() + 1;
        int lastYear = to.getMonthValue() == 12 ? to.getYear() : to.getYear() - 1;
        // the months before the first whole year and after the last one (none when the range is whole years)
        YearMonth headEnd = firstYear <= lastYear ? YearMonth.of(firstYear, 1).minusMonths(1) : to;
        YearMonth tailStart = firstYear <= lastYear ? YearMonth.of(lastYear, 12).plusMonths(1) : to.plusMonths(1);
        String years = """
                select make_date(year, 1, 1) period, %s, contract_count, contract_amount, tech_transaction_amount
                from %s where region_code = any(?) and perspective = ?%s and year between ? and ?"""
                .formatted(group, monthly.replace("_rollup", "_year_rollup"), dimension);
        String sum = "select period, %s, sum(contract_count), sum(contract_amount), sum(tech_transaction_amount)"
                .formatted(group) + " from (%s) cells group by 1, 2 order by 1, 2";
        if (headEnd.isBefore(from) && tailStart.isAfter(to)) {
            // a range of whole years, as the API asks: the yearly rows alone
            return jdbc.sql(sum.formatted(years))
                    .params(codes, perspective.name(), firstYear, lastYear)
                    .query(JdbcTurnoverLedger::cell)
                    .list();
        }
        String edges = """
                select date_trunc('year', month)::date, %s, contract_count, contract_amount, tech_transaction_amount
                from %s where region_code = any(?) and perspective = ?%s
                    and (month between ? and ? or month between ? and ?)""".formatted(group, monthly, dimension);
        return jdbc.sql(sum.formatted(years + " union all " + edges))
                .params(codes, perspective.name(), firstYear, lastYear)
                .params(codes, perspective.name(), from.atDay(1), headEnd.atDay(1), tailStart.atDay(1), to.atDay(1))
                .query(JdbcTurnoverLedger::cell)
                .list();
    }

    private static TurnoverCell cell(ResultSet rs, int row) throws SQLException {
        return new TurnoverCell(YearMonth.from(rs.getObject(1, LocalDate.class)), rs.getString(2), rs.getLong(3),
                rs.getBigDecimal(4), rs.getBigDecimal(5));
    }
}
