package cn.kjj.platform.indicator;

import static cn.kjj.platform.indicator.IndicatorSql.array;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The indicators read straight from small registries (statistics: districts x years; platforms; programs; figures),
 * summed per year. The records behind their points: {@link JdbcLineageSource}.
 */
@Repository
class JdbcIndicatorSource implements IndicatorSource {

    private static final String FIGURE_SUMS = """
            count(f.id), coalesce(sum(f.revenue), 0.00), coalesce(sum(f.profit), 0.00), coalesce(sum(f.tax_paid), 0.00),
            coalesce(sum(f.rd_expense), 0.00), coalesce(sum(f.rd_expense_domestic), 0.00)""";

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

    @Override
    public List<FundingRow> funding(Collection<String> regions, int from, int to) {
        return jdbc.sql("""
                select p.year, p.kind, count(*), sum(p.budget), sum(p.awarded_total), sum(p.approved_total),
                       coalesce(sum(a.paid), 0), coalesce(sum(a.recovered), 0),
                       coalesce(sum(v.issued_count), 0), coalesce(sum(v.issued), 0),
                       coalesce(sum(v.redeemed_count), 0), coalesce(sum(v.redeemed), 0),
                       coalesce(sum(v.paid_count), 0), coalesce(sum(v.paid), 0), coalesce(sum(v.released), 0)
                from program p""" + IndicatorSql.PROGRAM_MONEY + """
                where p.region_code = any(?) and p.year between ? and ? group by p.year, p.kind order by p.year, p.kind""")
                .params(array(regions), from, to)
                .query((rs, i) -> new FundingRow(rs.getInt(1), rs.getString(2), rs.getLong(3), rs.getBigDecimal(4),
                        rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8),
                        new FundingRow.Vouchers(rs.getLong(9), rs.getBigDecimal(10), rs.getLong(11),
                                rs.getBigDecimal(12), rs.getLong(13), rs.getBigDecimal(14), rs.getBigDecimal(15))))
                .list();
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
    public List<MatchingYear> matching(Collection<String> regions, int from, int to) {
        return jdbc.sql(MATCHING_YEARS).params(array(regions), from, to, array(regions), from, to, array(regions), from, to)
                .query((rs, i) -> new MatchingYear(rs.getInt("year"), rs.getLong("published"), rs.getLong("matched"),
                        rs.getLong("signed"), rs.getBigDecimal("turnover")))
                .list();
    }

    @Override
    public List<FiguresYear> highTechFigures(Collection<String> regions, int from, int to) {
        return jdbc.sql("select t.year, count(*), " + FIGURE_SUMS + " from (" + IndicatorSql.IN_FORCE + """
                        ) t left join enterprise_annual_figures f on f.enterprise_id = t.enterprise_id and f.year = t.year
                        group by t.year order by t.year""")
                .params(from, to, array(regions)).query(JdbcIndicatorSource::figuresYear).list();
    }

    @Override
    public List<CoverageYear> rdPlatformCoverage(Collection<String> regions, int from, int to,
                                                 Collection<String> serviceIndustries) {
        return jdbc.sql("select year, count(*), count(*) filter (where platforms > 0) from (" + IndicatorSql.ABOVE_SCALE_INDUSTRIAL
                        + ") c group by year order by year")
                .params(array(regions), from, to, array(serviceIndustries))
                .query((rs, i) -> new CoverageYear(rs.getInt(1), rs.getLong(2), rs.getLong(3))).list();
    }

    @Override
    public List<FiguresYear> enterpriseFigures(Collection<String> regions, int from, int to) {
        return jdbc.sql("select f.year, count(*), " + FIGURE_SUMS + """
                         from enterprise_annual_figures f join enterprise e on e.id = f.enterprise_id
                        where e.region_code = any(?) and f.year between ? and ? group by f.year order by f.year""")
                .params(array(regions), from, to).query(JdbcIndicatorSource::figuresYear).list();
    }

    private static FiguresYear figuresYear(ResultSet rs, int rowNum) throws SQLException {
        return new FiguresYear(rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getBigDecimal(4), rs.getBigDecimal(5),
                rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8));
    }
}
