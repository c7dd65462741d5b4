package cn.kjj.platform.enterprise;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The candidates ranked from {@code high_tech_figure_window} (V36): the counts of {@link HighTechJudgement} for a
 * batch without an innovation score, with the thresholds as parameters. Each condition's case below is the Java
 * rule's: unknown where the Java rule answers null, failed where it answers false; the innovation score and "no
 * major accident" are always unknown here. {@code HighTechCandidateRankingTest} holds the two equal over the
 * boundaries. One scan of the year's windows (a city at 100,000 enterprises: about 80,000 rows), no list of ids.
 */
@Repository
class JdbcHighTechCandidateStore implements HighTechCandidateStore {

    private static final String RANK = """
            select enterprise_id, not_met, unknown from (
                select w.enterprise_id,
                    (case when e.founded_on is null or e.founded_on <= :registeredBy then 0 else 1 end)
                  + (case when w.ip_count >= 1 then 0 else 1 end)
                  + (case when e.industry is null or btrim(e.industry, E' \\t\\n\\r\\f\\u000b\\u3000')
                          = any(:keyFields) then 0 else 1 end)
                  + (case when w.staff = 0 or w.tech_staff >= w.staff * :techStaffShare then 0 else 1 end)
                  + (case when w.years < 3 or w.sales_revenue_3y = 0 or w.rd_expense_3y >= w.sales_revenue_3y
                          * (case when w.sales_revenue <= :smallSalesLimit then :smallRdShare
                                  when w.sales_revenue <= :mediumSalesLimit then :mediumRdShare
                                  else :largeRdShare end) then 0 else 1 end)
                  + (case when w.years < 3 or w.rd_expense_3y = 0
                          or w.rd_expense_domestic_3y >= w.rd_expense_3y * :domesticRdShare then 0 else 1 end)
                  + (case when w.revenue = 0 or w.high_tech_income >= w.revenue * :highTechIncomeShare
                          then 0 else 1 end) as not_met,
                    2 -- the innovation score (none before an official enters it) and no major accident
                  + (case when e.founded_on is null then 1 else 0 end)
                  + (case when e.industry is null then 1 else 0 end)
                  + (case when w.staff = 0 then 1 else 0 end)
                  + (case when w.years < 3 or w.sales_revenue_3y = 0 then 1 else 0 end)
                  + (case when w.years < 3 or w.rd_expense_3y = 0 then 1 else 0 end)
                  + (case when w.revenue = 0 then 1 else 0 end) as unknown
                from high_tech_figure_window w join enterprise e on e.id = w.enterprise_id
                where w.year = :year and (cast(:every as boolean) or e.region_code = any(:regions))
                  and not exists (select 1 from high_tech_certification c where c.enterprise_id = w.enterprise_id
                                  and c.issued_on <= :today and c.expires_on >= :today
                                  and (c.revoked_on is null or c.revoked_on > :today))
            ) ranked
            where not_met <= :maxNotMet
            order by not_met, unknown, enterprise_id
            limit :limit""";

    private final JdbcClient jdbc;

    JdbcHighTechCandidateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Ranked> rank(EnterpriseAccess.Where where, int latestYear, LocalDate today,
                             HighTechThresholds t, int maxNotMet, int limit) {
        return jdbc.sql(RANK)
                .param("year", latestYear)
                .param("every", where.every())
                .param("regions", where.every() ? new String[0] : where.codes().toArray(String[]::new))
                .param("today", today)
                // whole years registered by today as ChronoUnit.YEARS counts them (29 February: 28 February)
                .param("registeredBy", today.minusYears(t.yearsRegistered()))
                .param("keyFields", t.keyFields().toArray(String[]::new))
                .param("techStaffShare", t.techStaffShare())
                .param("smallSalesLimit", t.smallSalesLimit())
                .param("mediumSalesLimit", t.mediumSalesLimit())
                .param("smallRdShare", t.smallRdShare())
                .param("mediumRdShare", t.mediumRdShare())
                .param("largeRdShare", t.largeRdShare())
                .param("domesticRdShare", t.domesticRdShare())
                .param("highTechIncomeShare", t.highTechIncomeShare())
                .param("maxNotMet", maxNotMet)
                .param("limit", limit)
                .query((rs, i) -> new Ranked(rs.getLong(1), rs.getInt(2), rs.getInt(3)))
                .list();
    }
}
