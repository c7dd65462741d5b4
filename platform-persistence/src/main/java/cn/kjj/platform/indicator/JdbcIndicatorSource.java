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

    /**
     * Registered contracts with the region of their output (the registering seller's; none when the
     * buyer registered) and of their absorption, and the registrations of other offices imported here,
     * which count in absorption only (decision 0036).
     */
    private static final String CONTRACT_ROWS = """
            select id, registration_no, registered_on, type, technology_field, seller_nature, buyer_nature, ip_type,
                plan_source, buyer_country, seller_id, seller_region_code, buyer_name, buyer_region_code,
                contract_amount, tech_transaction_amount, false as elsewhere,
                case when filer_role = 'SELLER' then seller_region_code end as output_region_code
            from technology_contract where status = 'REGISTERED'
            union all
            select id, registration_no, registered_on, type, technology_field, null, null, null, null, 'CN', null,
                registering_region_code, buyer_name, buyer_region_code, contract_amount, tech_transaction_amount,
                true, null
            from external_contract_registration""";
    private static final String CONTRACT_COLUMNS = """
            select id, registration_no as "registrationNo", registered_on as "registeredOn", type,
                technology_field as "technologyField", seller_nature as "sellerNature", buyer_nature as "buyerNature",
                ip_type as "ipType", plan_source as "planSource",
                seller_id as "sellerId", seller_region_code as "sellerRegionCode", buyer_name as "buyerName",
                buyer_region_code as "buyerRegionCode", contract_amount as "contractAmount",
                tech_transaction_amount as "techTransactionAmount", elsewhere as "registeredElsewhere"
            from (""" + CONTRACT_ROWS + ") c";
    private static final String CONTRACT_WHERE = " where %s = any(?) and registered_on between ? and ?";
    /**
     * A dimension's group: the column the group is (the value as filed), or, for FLOW, which depends on both parties,
     * the SQL function that defines the groups (V22). The same rows as asking the function for every dimension, which
     * cost a call per contract of the period (over a second for a city's year at scale).
     */
    private static final Map<TurnoverDimension, String> GROUP_COLUMNS = Map.of(TurnoverDimension.TYPE, "type",
            TurnoverDimension.FIELD, "technology_field", TurnoverDimension.SELLER_NATURE, "seller_nature",
            TurnoverDimension.BUYER_NATURE, "buyer_nature", TurnoverDimension.IP_TYPE, "ip_type",
            TurnoverDimension.PLAN_SOURCE, "plan_source");
    private static final String FLOW_GROUP = " and " + """
            exists (select 1 from contract_market_cells(output_region_code, buyer_region_code, buyer_country, type,
                technology_field, seller_nature, buyer_nature, ip_type, plan_source) c
                where c.perspective = ? and c.dimension = 'FLOW' and c.group_code = ?)""";
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

    /** Per program: its innovation vouchers issued, redeemed and paid, count and amount (decision 0043). */
    private static final String VOUCHER_MONEY = """
            select program_id, count(*) as issued_count, sum(amount) as issued,
                   count(redeemed_amount) as redeemed_count, coalesce(sum(redeemed_amount), 0) as redeemed,
                   count(paid_amount) as paid_count, coalesce(sum(paid_amount), 0) as paid,
                   coalesce(sum(released_amount), 0) as released
            from innovation_voucher group by program_id""";

    @Override
    public List<FundingRow> funding(Collection<String> regions, int from, int to) {
        return jdbc.sql("""
                select p.year, p.kind, count(*), sum(p.budget), sum(p.awarded_total), sum(p.approved_total),
                       coalesce(sum(a.paid), 0), coalesce(sum(a.recovered), 0),
                       coalesce(sum(v.issued_count), 0), coalesce(sum(v.issued), 0),
                       coalesce(sum(v.redeemed_count), 0), coalesce(sum(v.redeemed), 0),
                       coalesce(sum(v.paid_count), 0), coalesce(sum(v.paid), 0), coalesce(sum(v.released), 0)
                from program p left join (""" + PROGRAM_MONEY + """
                ) a on a.program_id = p.id left join (""" + VOUCHER_MONEY + """
                ) v on v.program_id = p.id
                where p.region_code = any(?) and p.year between ? and ? group by p.year, p.kind order by p.year, p.kind""")
                .params(array(regions), from, to)
                .query((rs, i) -> new FundingRow(rs.getInt(1), rs.getString(2), rs.getLong(3), rs.getBigDecimal(4),
                        rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8),
                        new FundingRow.Vouchers(rs.getLong(9), rs.getBigDecimal(10), rs.getLong(11),
                                rs.getBigDecimal(12), rs.getLong(13), rs.getBigDecimal(14), rs.getBigDecimal(15))))
                .list();
    }

    @Override
    public List<Map<String, Object>> contracts(Collection<String> regions, Perspective perspective, LocalDate from,
                                               LocalDate to, TurnoverDimension by, String group, int offset,
                                               int limit) {
        return jdbc.sql(CONTRACT_COLUMNS + contractWhere(perspective, by)
                        + " order by registered_on, registration_no, elsewhere offset ? limit ?")
                .params(contractParameters(regions, perspective, from, to, by, group)).params(offset, limit)
                .query(JdbcIndicatorSource::row).list();
    }

    @Override
    public long countContracts(Collection<String> regions, Perspective perspective, LocalDate from, LocalDate to,
                               TurnoverDimension by, String group, long upTo) {
        return jdbc.sql(capped("select 1 from (" + CONTRACT_ROWS + ") c" + contractWhere(perspective, by)))
                .params(contractParameters(regions, perspective, from, to, by, group)).params(upTo)
                .query(Long.class).single();
    }

    private static String contractWhere(Perspective perspective, TurnoverDimension by) {
        String where = CONTRACT_WHERE.formatted(regionColumn(perspective));
        if (by == null) {
            return where;
        }
        return by == TurnoverDimension.FLOW ? where + FLOW_GROUP : where + " and " + GROUP_COLUMNS.get(by) + " = ?";
    }

    private static Object[] contractParameters(Collection<String> regions, Perspective perspective, LocalDate from,
                                               LocalDate to, TurnoverDimension by, String group) {
        if (by == null) {
            return new Object[] {array(regions), from, to};
        }
        return by == TurnoverDimension.FLOW ? new Object[] {array(regions), from, to, perspective.name(), group}
                : new Object[] {array(regions), from, to, group};
    }

    /** A count that stops at the limit (the last parameter): the lineage's capped total, decision 0048. */
    private static String capped(String rows) {
        return "select count(*) from (" + rows + " limit ?) capped";
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
    public long countCertifications(Collection<String> regions, int year, long upTo) {
        return jdbc.sql(capped("select 1" + CERTIFICATION_WHERE))
                .params(array(regions), year, year, year, year, year, year, upTo).query(Long.class).single();
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
                       coalesce(a.paid, 0) as "disbursed", coalesce(a.recovered, 0) as "recovered",
                       coalesce(v.issued_count, 0) as "vouchersIssued", coalesce(v.issued, 0) as "vouchersIssuedAmount",
                       coalesce(v.redeemed_count, 0) as "vouchersRedeemed",
                       coalesce(v.redeemed, 0) as "vouchersRedeemedAmount",
                       coalesce(v.paid_count, 0) as "vouchersPaid", coalesce(v.paid, 0) as "vouchersPaidAmount",
                       coalesce(v.released, 0) as "vouchersReleasedAmount"
                from program p left join (""" + PROGRAM_MONEY + """
                ) a on a.program_id = p.id left join (""" + VOUCHER_MONEY + """
                ) v on v.program_id = p.id
                where p.region_code = any(?) and p.year = ? order by p.id offset ? limit ?""")
                .params(array(regions), year, offset, limit).query(JdbcIndicatorSource::row).list();
    }

    @Override
    public long countPrograms(Collection<String> regions, int year) {
        return jdbc.sql("select count(*) from program where region_code = any(?) and year = ?")
                .params(array(regions), year).query(Long.class).single();
    }

    @Override
    public Map<Integer, Long> techSmes(Collection<String> regions, int from, int to) {
        Map<Integer, Long> counts = new LinkedHashMap<>();
        jdbc.sql("""
                select year, count(*) from tech_sme where region_code = any(?) and year between ? and ?
                group by year order by year""")
                .params(array(regions), from, to)
                .query(rs -> {
                    counts.put(rs.getInt(1), rs.getLong(2));
                });
        return counts;
    }

    @Override
    public List<ApplicationCount> highTechApplications(Collection<String> regions, int from, int to) {
        return jdbc.sql("""
                select batch_year, count(*),
                       count(*) filter (where status in ('RECOMMENDED', 'PASSED', 'FAILED')),
                       count(*) filter (where status = 'PASSED'), count(*) filter (where status = 'FAILED')
                from high_tech_application where region_code = any(?) and batch_year between ? and ?
                group by batch_year order by batch_year""")
                .params(array(regions), from, to)
                .query((rs, i) -> new ApplicationCount(rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5)))
                .list();
    }

    @Override
    public List<Map<String, Object>> applicationRows(Collection<String> regions, int year, int offset, int limit) {
        return jdbc.sql("""
                select a.id, a.enterprise_id as "enterpriseId", e.name as "enterpriseName", a.region_code as "regionCode",
                       a.batch_year as "batchYear", a.status, a.submitted_on as "submittedOn",
                       a.decided_on as "decidedOn", c.certificate_no as "certificateNo"
                from high_tech_application a join enterprise e on e.id = a.enterprise_id
                     left join high_tech_certification c on c.id = a.certification_id
                where a.region_code = any(?) and a.batch_year = ? order by a.id offset ? limit ?""")
                .params(array(regions), year, offset, limit).query(JdbcIndicatorSource::row).list();
    }

    @Override
    public long countApplications(Collection<String> regions, int year, long upTo) {
        return jdbc.sql(capped("select 1 from high_tech_application where region_code = any(?) and batch_year = ?"))
                .params(array(regions), year, upTo).query(Long.class).single();
    }

    @Override
    public List<Map<String, Object>> techSmeRows(Collection<String> regions, int year, int offset, int limit) {
        return jdbc.sql("""
                select s.id, s.registration_no as "registrationNo", s.year, s.score, s.enterprise_id as "enterpriseId",
                    e.name as "enterpriseName", e.credit_code as "creditCode", s.region_code as "regionCode"
                from tech_sme s join enterprise e on e.id = s.enterprise_id
                where s.region_code = any(?) and s.year = ? order by s.registration_no, s.id offset ? limit ?""")
                .params(array(regions), year, offset, limit).query(JdbcIndicatorSource::row).list();
    }

    @Override
    public List<MatchingYear> matching(Collection<String> regions, int from, int to) {
        return jdbc.sql(MATCHING_YEARS).params(array(regions), from, to, array(regions), from, to, array(regions), from, to)
                .query((rs, i) -> new MatchingYear(rs.getInt("year"), rs.getLong("published"), rs.getLong("matched"),
                        rs.getLong("signed"), rs.getBigDecimal("turnover")))
                .list();
    }

    @Override
    public List<Map<String, Object>> matchmakingRows(Collection<String> regions, int year, int offset, int limit) {
        return jdbc.sql(MATCHMAKING_ROWS + " order by m.meeting_on, m.id offset ? limit ?")
                .params(array(regions), year, year, offset, limit).query(JdbcIndicatorSource::row).list();
    }

    @Override
    public long countMatchmakings(Collection<String> regions, int year, long upTo) {
        return jdbc.sql(capped(MATCHMAKING_ROWS)).params(array(regions), year, year, upTo)
                .query(Long.class).single();
    }

    private static String regionColumn(Perspective perspective) {
        return perspective == Perspective.BUYER ? "buyer_region_code" : "output_region_code";
    }

    /** Demands published, first meetings, and contracts registered from meetings, per year. */
    private static final String MATCHING_YEARS = """
            with published as (
                select extract(year from published_on)::int as year, count(*) as n from demand
                where region_code = any(?) and extract(year from published_on) between ? and ? group by 1),
            matched as (
                select extract(year from first_on)::int as year, count(*) as n from (
                    select demand_id, min(meeting_on) as first_on from matchmaking
                    where region_code = any(?) group by demand_id) f
                where extract(year from first_on) between ? and ? group by 1),
            signed as (
                select extract(year from c.registered_on)::int as year, count(*) as n,
                       sum(c.contract_amount) as turnover
                from matchmaking m join technology_contract c on c.id = m.contract_id
                where m.region_code = any(?) and m.outcome = 'CONTRACT' and c.status = 'REGISTERED'
                  and extract(year from c.registered_on) between ? and ? group by 1)
            select y.year, coalesce(p.n, 0) as published, coalesce(m.n, 0) as matched, coalesce(s.n, 0) as signed,
                   coalesce(s.turnover, 0.00) as turnover
            from (select year from published union select year from matched union select year from signed) y
            left join published p on p.year = y.year left join matched m on m.year = y.year
            left join signed s on s.year = y.year order by y.year""";

    /** The meetings behind a year: the demand's first meeting that year, or a contract registered that year. */
    private static final String MATCHMAKING_ROWS = """
            select m.id, m.meeting_on as "meetingOn", m.outcome, m.region_code as "regionCode",
                   d.id as "demandId", d.title as "demandTitle", a.id as "achievementId", a.title as "achievementTitle",
                   c.id as "contractId", c.registration_no as "registrationNo", c.registered_on as "registeredOn",
                   c.contract_amount as "contractAmount"
            from matchmaking m join demand d on d.id = m.demand_id join achievement a on a.id = m.achievement_id
            left join technology_contract c on c.id = m.contract_id and c.status = 'REGISTERED'
            where m.region_code = any(?) and (
                (extract(year from m.meeting_on) = ? and m.meeting_on = (select min(f.meeting_on) from matchmaking f
                                                                        where f.demand_id = m.demand_id))
                or (m.outcome = 'CONTRACT' and extract(year from c.registered_on) = ?))""";

    /** The years of the range, and the regions' enterprises with a certificate in force on each one's 31 December. */
    private static final String IN_FORCE = """
            select y.year, e.id as enterprise_id
            from generate_series(cast(? as int), cast(? as int)) as y(year)
                 join enterprise e on e.region_code = any(?)
            where exists (select 1 from high_tech_certification h where h.enterprise_id = e.id
                          and h.issued_on <= make_date(y.year, 12, 31) and h.expires_on >= make_date(y.year, 12, 31)
                          and (h.revoked_on is null or h.revoked_on > make_date(y.year, 12, 31)))""";
    private static final String FIGURE_SUMS = """
            count(f.id), coalesce(sum(f.revenue), 0.00), coalesce(sum(f.profit), 0.00), coalesce(sum(f.tax_paid), 0.00),
            coalesce(sum(f.rd_expense), 0.00), coalesce(sum(f.rd_expense_domestic), 0.00)""";
    /** Above-scale industrial enterprises of a year (?: regions, year, service industries), with their platforms. */
    private static final String ABOVE_SCALE_INDUSTRIAL = """
            select f.year, e.id, e.name, e.region_code, e.industry,
                (select count(*) from lab l where l.host_enterprise_id = e.id
                 and (l.recognized_on is null or l.recognized_on <= make_date(f.year, 12, 31))) as platforms
            from enterprise_annual_figures f join enterprise e on e.id = f.enterprise_id
            where e.region_code = any(?) and f.year between ? and ? and f.above_scale
              and e.industry is not null and e.industry <> all(?)""";

    @Override
    public List<FiguresYear> highTechFigures(Collection<String> regions, int from, int to) {
        return jdbc.sql("select t.year, count(*), " + FIGURE_SUMS + " from (" + IN_FORCE + """
                        ) t left join enterprise_annual_figures f on f.enterprise_id = t.enterprise_id and f.year = t.year
                        group by t.year order by t.year""")
                .params(from, to, array(regions)).query(JdbcIndicatorSource::figuresYear).list();
    }

    @Override
    public List<Map<String, Object>> highTechFigureRows(Collection<String> regions, int year, int offset, int limit) {
        return jdbc.sql("""
                        select e.id as "enterpriseId", e.name as "enterpriseName", e.region_code as "regionCode",
                            f.revenue, f.profit, f.tax_paid as "taxPaid"
                        from (""" + IN_FORCE + """
                        ) t join enterprise e on e.id = t.enterprise_id
                        left join enterprise_annual_figures f on f.enterprise_id = t.enterprise_id and f.year = t.year
                        order by e.id offset ? limit ?""")
                .params(year, year, array(regions), offset, limit).query(JdbcIndicatorSource::row).list();
    }

    @Override
    public List<CoverageYear> rdPlatformCoverage(Collection<String> regions, int from, int to,
                                                 Collection<String> serviceIndustries) {
        return jdbc.sql("select year, count(*), count(*) filter (where platforms > 0) from (" + ABOVE_SCALE_INDUSTRIAL
                        + ") c group by year order by year")
                .params(array(regions), from, to, array(serviceIndustries))
                .query((rs, i) -> new CoverageYear(rs.getInt(1), rs.getLong(2), rs.getLong(3))).list();
    }

    @Override
    public List<Map<String, Object>> coverageRows(Collection<String> regions, int year,
                                                  Collection<String> serviceIndustries, int offset, int limit) {
        return jdbc.sql("""
                        select id as "enterpriseId", name as "enterpriseName", region_code as "regionCode", industry,
                            platforms from (""" + ABOVE_SCALE_INDUSTRIAL + ") c order by id offset ? limit ?")
                .params(array(regions), year, year, array(serviceIndustries), offset, limit)
                .query(JdbcIndicatorSource::row).list();
    }

    @Override
    public List<FiguresYear> enterpriseFigures(Collection<String> regions, int from, int to) {
        return jdbc.sql("select f.year, count(*), " + FIGURE_SUMS + """
                         from enterprise_annual_figures f join enterprise e on e.id = f.enterprise_id
                        where e.region_code = any(?) and f.year between ? and ? group by f.year order by f.year""")
                .params(array(regions), from, to).query(JdbcIndicatorSource::figuresYear).list();
    }

    @Override
    public List<Map<String, Object>> figureRows(Collection<String> regions, int year, int offset, int limit) {
        return jdbc.sql("""
                        select e.id as "enterpriseId", e.name as "enterpriseName", e.region_code as "regionCode",
                            f.rd_expense as "rdExpense", f.rd_expense_domestic as "rdExpenseDomestic", f.revenue
                        from enterprise_annual_figures f join enterprise e on e.id = f.enterprise_id
                        where e.region_code = any(?) and f.year = ? order by e.id offset ? limit ?""")
                .params(array(regions), year, offset, limit).query(JdbcIndicatorSource::row).list();
    }

    @Override
    public long countFigures(Collection<String> regions, int year) {
        return jdbc.sql("""
                        select count(*) from enterprise_annual_figures f join enterprise e on e.id = f.enterprise_id
                        where e.region_code = any(?) and f.year = ?""")
                .params(array(regions), year).query(Long.class).single();
    }

    private static FiguresYear figuresYear(ResultSet rs, int rowNum) throws SQLException {
        return new FiguresYear(rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getBigDecimal(4), rs.getBigDecimal(5),
                rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8));
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
