package cn.kjj.platform.indicator;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the imported registrations of a region's districts and period through
 * {@code external_contract_registration_buyer_idx} (buyer's district, registration date) and gives each the cells of
 * {@code contract_market_cells} (V38) that the roll-ups gave it when it was imported: the same groups by definition.
 * They are rows of the import, not of the contracts registered here, and are never changed.
 */
@Repository
class JdbcElsewhereTurnover implements ElsewhereTurnover {

    private final JdbcClient jdbc;

    JdbcElsewhereTurnover(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ElsewhereCell> read(Collection<String> regions, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select c.dimension, c.group_code, count(*), sum(e.contract_amount), sum(e.tech_transaction_amount)
                from external_contract_registration e
                cross join lateral contract_market_cells(null, external_seller_region(e.seller_country,
                    e.seller_region_code), e.buyer_region_code, 'CN', e.type, e.technology_field, e.seller_nature,
                    e.buyer_nature, e.ip_type, e.plan_source) c
                where e.buyer_region_code = any(?) and e.registered_on between ? and ?
                group by 1, 2""")
                .params(regions.toArray(String[]::new), from, to)
                .query((rs, row) -> new ElsewhereCell(TurnoverDimension.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getLong(3), rs.getBigDecimal(4), rs.getBigDecimal(5)))
                .list();
    }
}
