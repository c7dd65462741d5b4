package cn.kjj.platform.indicator;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the series sums ({@link JdbcIndicatorSource}) and the lineage's records ({@link JdbcLineageSource}) share: the
 * statements' common parts, so that a point and its records are one definition, and the row mapping.
 */
final class IndicatorSql {

    /**
     * Joined to each program {@code p}: what its applications were paid and what was recovered from them ({@code a}),
     * and its innovation vouchers issued, redeemed and paid, count and amount ({@code v}, decision 0043).
     */
    static final String PROGRAM_MONEY = " " + """
            left join (select program_id, sum(paid_total) as paid, sum(recovered_total) as recovered
                from program_application group by program_id) a on a.program_id = p.id
            left join (select program_id, count(*) as issued_count, sum(amount) as issued,
                   count(redeemed_amount) as redeemed_count, coalesce(sum(redeemed_amount), 0) as redeemed,
                   count(paid_amount) as paid_count, coalesce(sum(paid_amount), 0) as paid,
                   coalesce(sum(released_amount), 0) as released
                from innovation_voucher group by program_id) v on v.program_id = p.id""" + " ";

    /** The years of the range, and the regions' enterprises with a certificate in force on each one's 31 December. */
    static final String IN_FORCE = """
            select y.year, e.id as enterprise_id
            from generate_series(cast(? as int), cast(? as int)) as y(year)
                 join enterprise e on e.region_code = any(?)
            where exists (select 1 from high_tech_certification h where h.enterprise_id = e.id
                          and h.issued_on <= make_date(y.year, 12, 31) and h.expires_on >= make_date(y.year, 12, 31)
                          and (h.revoked_on is null or h.revoked_on > make_date(y.year, 12, 31)))""";

    /** Above-scale industrial enterprises of a year (?: regions, year, service industries), with their platforms. */
    static final String ABOVE_SCALE_INDUSTRIAL = """
            select f.year, e.id, e.name, e.region_code, e.industry,
                (select count(*) from lab l where l.host_enterprise_id = e.id
                 and (l.recognized_on is null or l.recognized_on <= make_date(f.year, 12, 31))) as platforms
            from enterprise_annual_figures f join enterprise e on e.id = f.enterprise_id
            where e.region_code = any(?) and f.year between ? and ? and f.above_scale
              and e.industry is not null and e.industry <> all(?)""";

    private IndicatorSql() {
    }

    static String[] array(Collection<String> regions) {
        return regions.toArray(String[]::new);
    }

    /** A record as its columns' labels and values (dates as {@code LocalDate}, timestamps as {@code Instant}). */
    static Map<String, Object> row(ResultSet rs, int rowNum) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            Object value = rs.getObject(i);
            if (value instanceof java.sql.Date date) {
                value = date.toLocalDate();
            } else if (value instanceof java.sql.Timestamp ts) {
                value = ts.toInstant();
            }
            row.put(meta.getColumnLabel(i), value);
        }
        return row;
    }
}
