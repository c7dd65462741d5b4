package cn.kjj.platform.indicator;

import cn.kjj.platform.contract.RegisteredContract;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * contract_turnover_rollup: a registration adds to (upserts) the seller's SELLER row and the
 * buyer's BUYER row (a contract registered by its buyer, or at another office and imported, only to
 * the BUYER row: decision 0036); a revocation subtracts from the same rows (which then exist). SELLER before
 * BUYER in every transaction, so two of them never wait on each other in opposite orders. The
 * rebuild is this roll-up's only one (V11's back-fill is its history, never edited).
 */
@Repository
class JdbcTurnoverLedger implements TurnoverLedger {

    private final JdbcClient jdbc;

    JdbcTurnoverLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    @Override
    public void rebuild() {
        jdbc.sql("lock table contract_turnover_rollup in exclusive mode").update();
        jdbc.sql("delete from contract_turnover_rollup").update();
        jdbc.sql("""
                insert into contract_turnover_rollup (region_code, perspective, month, contract_type, contract_count,
                    contract_amount, tech_transaction_amount)
                select region_code, perspective, month, type, count(*), sum(contract_amount),
                    sum(tech_transaction_amount)
                from (select seller_region_code region_code, 'SELLER' perspective, contract_amount,
                        tech_transaction_amount, date_trunc('month', registered_on)::date as month, type
                      from technology_contract where status = 'REGISTERED' and filer_role = 'SELLER'
                      union all
                      select buyer_region_code, 'BUYER', contract_amount, tech_transaction_amount,
                        date_trunc('month', registered_on)::date, type
                      from technology_contract where status = 'REGISTERED' and buyer_region_code is not null
                      union all
                      select buyer_region_code, 'BUYER', contract_amount, tech_transaction_amount,
                        date_trunc('month', registered_on)::date, type
                      from external_contract_registration) t
                group by region_code, perspective, month, type""").update();
    }

    /** Summed in the database per period (and type): a city's ten years come back as ten rows, not thousands. */
    @Override
    public List<TurnoverCell> read(Collection<String> regions, Perspective perspective, YearMonth from, YearMonth to,
                                   int periodMonths, boolean byType) {
        return jdbc.sql("""
                select (month - make_interval(months => (extract(month from month)::int - 1) % ?))::date period,
                       case when ? then contract_type else '' end type,
                       sum(contract_count), sum(contract_amount), sum(tech_transaction_amount)
                from contract_turnover_rollup
                where region_code = any(?) and perspective = ? and month between ? and ?
                group by 1, 2 order by 1, 2""")
                .params(periodMonths, byType, regions.toArray(String[]::new), perspective.name(), from.atDay(1),
                        to.atDay(1))
                .query((rs, i) -> new TurnoverCell(YearMonth.from(rs.getObject(1, LocalDate.class)), rs.getString(2),
                        rs.getLong(3), rs.getBigDecimal(4), rs.getBigDecimal(5)))
                .list();
    }
}
