package cn.kjj.platform.indicator;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The indicators read straight from small registries (statistics: districts x years; platforms;
 * programs), and the lineage of every series point from the base tables.
 */
@Repository
class JdbcIndicatorSource implements IndicatorSource {

    private static final String CONTRACT_COLUMNS = """
            select id, registration_no as "registrationNo", registered_on as "registeredOn", type,
                seller_id as "sellerId", seller_region_code as "sellerRegionCode", buyer_name as "buyerName",
                buyer_region_code as "buyerRegionCode", contract_amount as "contractAmount",
                tech_transaction_amount as "techTransactionAmount"
            from technology_contract""";
    private static final String CONTRACT_WHERE = " " + """
            where status = 'REGISTERED' and %s = any(?) and registered_on between ? and ?
                and (cast(? as varchar) is null or type = ?)""";
    private static final String CERTIFICATION_WHERE = " " + """
            from high_tech_certification h join enterprise e on e.id = h.enterprise_id
            where e.region_code = any(?) and (
                (h.issued_on <= make_date(?, 12, 31) and h.expires_on >= make_date(?, 12, 31)
                    and (h.revoked_on is null or h.revoked_on > make_date(?, 12, 31)))
                or extract(year from h.issued_on) = ? or extract(year from h.expires_on + 1) = ?
                or extract(year from h.revoked_on) = ?)""";

    private final JdbcClient jdbc;

    JdbcIndicatorSource(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<StatisticSum> statistics(Collection<String> regions, int from, int to) {
        return jdbc.sql("""
                select year, count(*), sum(gdp), sum(rd_expenditure) from regional_statistic
                where region_code = any(?) and year between ? and ? group by year order by year""")
                .params(array(regions), from, to)
                .query((rs, i) -> new StatisticSum(rs.getInt(1), rs.getInt(2), rs.getBigDecimal(3), rs.getBigDecimal(4)))
                .list();
    }

    @Override
    public List<PlatformCount> platforms(Collection<String> regions) {
        String[] codes = array(regions);
        return jdbc.sql("""
                select 'INCUBATOR', kind, level, count(*), coalesce(sum(area_sqm), 0)
                from incubator where region_code = any(?) group by kind, level
                union all
                select 'LAB', kind, level, count(*), null from lab where region_code = any(?) group by kind, level
                order by 1, 2, 3""")
                .params(codes, codes)
                .query((rs, i) -> new PlatformCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getBigDecimal(5)))
                .list();
    }

    /** What the applications of each program were paid and what was recovered from them. */
    private static final String PROGRAM_MONEY = """
            select program_id, sum(paid_total) as paid, sum(recovered_total) as recovered
            from program_application group by program_id""";

    @Override
    public List<FundingRow> funding(Collection<String> regions, int from, int to) {
        return jdbc.sql("""
                select p.year, p.kind, count(*), sum(p.budget), sum(p.awarded_total), sum(p.approved_total),
                       coalesce(sum(a.paid), 0), coalesce(sum(a.recovered), 0)
                from program p left join (""" + PROGRAM_MONEY + """
                ) a on a.program_id = p.id
                where p.region_code = any(?) and p.year between ? and ? group by p.year, p.kind order by p.year, p.kind""")
                .params(array(regions), from, to)
                .query((rs, i) -> new FundingRow(rs.getInt(1), rs.getString(2), rs.getLong(3), rs.getBigDecimal(4),
                        rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8)))
                .list();
    }

    @Override
    public List<Map<String, Object>> contracts(Collection<String> regions, Perspective perspective, LocalDate from,
                                               LocalDate to, String type, int offset, int limit) {
        return jdbc.sql(CONTRACT_COLUMNS + CONTRACT_WHERE.formatted(regionColumn(perspective))
                        + " order by registered_on, registration_no offset ? limit ?")
                .params(array(regions), from, to, type, type, offset, limit)
                .query(JdbcIndicatorSource::row).list();
    }

    @Override
    public long countContracts(Collection<String> regions, Perspective perspective, LocalDate from, LocalDate to,
                               String type) {
        return jdbc.sql("select count(*) from technology_contract" + CONTRACT_WHERE.formatted(regionColumn(perspective)))
                .params(array(regions), from, to, type, type).query(Long.class).single();
    }

    @Override
    public List<Map<String, Object>> certifications(Collection<String> regions, int year, int offset, int limit) {
        return jdbc.sql("""
                select h.id, h.certificate_no as "certificateNo", h.enterprise_id as "enterpriseId",
                    e.name as "enterpriseName", e.region_code as "regionCode", h.kind, h.issued_on as "issuedOn",
                    h.expires_on as "expiresOn", h.revoked_on as "revokedOn"
                """ + CERTIFICATION_WHERE + " order by h.enterprise_id, h.issued_on, h.id offset ? limit ?")
                .params(array(regions), year, year, year, year, year, year, offset, limit)
                .query(JdbcIndicatorSource::row).list();
    }

    @Override
    public long countCertifications(Collection<String> regions, int year) {
        return jdbc.sql("select count(*)" + CERTIFICATION_WHERE)
                .params(array(regions), year, year, year, year, year, year).query(Long.class).single();
    }

    @Override
    public List<Map<String, Object>> statisticRows(Collection<String> regions, int year) {
        return jdbc.sql("""
                select region_code as "regionCode", year, gdp, rd_expenditure as "rdExpenditure", source,
                    updated_at as "updatedAt", version
                from regional_statistic where region_code = any(?) and year = ? order by region_code""")
                .params(array(regions), year).query(JdbcIndicatorSource::row).list();
    }

    @Override
    public List<Map<String, Object>> platformRows(Collection<String> regions, int offset, int limit) {
        String[] codes = array(regions);
        return jdbc.sql("""
                select 'INCUBATOR' as category, id, name, kind, level, region_code as "regionCode", area_sqm as "areaSqm"
                from incubator where region_code = any(?)
                union all
                select 'LAB', id, name, kind, level, region_code, null from lab where region_code = any(?)
                order by 1, 2 offset ? limit ?""")
                .params(codes, codes, offset, limit).query(JdbcIndicatorSource::row).list();
    }

    @Override
    public long countPlatforms(Collection<String> regions) {
        String[] codes = array(regions);
        return jdbc.sql("select (select count(*) from incubator where region_code = any(?))"
                        + " + (select count(*) from lab where region_code = any(?))")
                .params(codes, codes).query(Long.class).single();
    }

    @Override
    public List<Map<String, Object>> programRows(Collection<String> regions, int year, int offset, int limit) {
        return jdbc.sql("""
                select p.id, p.name, p.kind, p.region_code as "regionCode", p.year, p.budget,
                       p.awarded_total as "awarded", p.approved_total as "approved",
                       coalesce(a.paid, 0) as "disbursed", coalesce(a.recovered, 0) as "recovered"
                from program p left join (""" + PROGRAM_MONEY + """
                ) a on a.program_id = p.id
                where p.region_code = any(?) and p.year = ? order by p.id offset ? limit ?""")
                .params(array(regions), year, offset, limit).query(JdbcIndicatorSource::row).list();
    }

    @Override
    public long countPrograms(Collection<String> regions, int year) {
        return jdbc.sql("select count(*) from program where region_code = any(?) and year = ?")
                .params(array(regions), year).query(Long.class).single();
    }

    private static String regionColumn(Perspective perspective) {
        return perspective == Perspective.BUYER ? "buyer_region_code" : "seller_region_code";
    }

    private static String[] array(Collection<String> regions) {
        return regions.toArray(String[]::new);
    }

    private static Map<String, Object> row(ResultSet rs, int rowNum) throws SQLException {
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
