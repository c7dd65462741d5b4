package cn.kjj.platform.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's high-tech applications (issue 14) and the demo enterprise's annual figures, written by
 * SQL after the certificates: every certificate issued up to today is the result of a PASSED
 * application of its year; FAILED applications are added so that Jiangmen's 2021 batch had 1,141
 * applicants of whom 930 passed (81.5 %, seed [002]) and Jianghai's 2022 batch 327 of whom 294
 * passed (near 90 %, seed [000]); other past batches pass about 85 %. The failed applicants are
 * enterprises of the district founded before the batch year without an application that year,
 * picked by a fixed hash of their id. The current year's batch is not decided yet: no failures.
 */
@Component
record HighTechApplicationDemo(JdbcClient jdbc) {

    static final int JIANGMEN_2021_APPLIED = 1_141;
    static final int JIANGHAI_2022_APPLIED = 327;
    private static final String[] REASONS = {"研发费用占销售收入比例未达标准", "高新技术产品收入占比不足 60%",
            "知识产权与核心技术关联度不足", "创新能力评价得分低于 71 分"};

    /** Inserts the applications and figures; answers the rows written by table. */
    Map<String, Integer> load(LocalDate today, long demoEnterpriseId) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        int passed = jdbc.sql("""
                        insert into high_tech_application (enterprise_id, region_code, batch_year, status,
                            innovation_score, submitted_on, recommended_on, decided_on, certification_id)
                        select distinct on (c.enterprise_id, extract(year from c.issued_on))
                               c.enterprise_id, e.region_code, extract(year from c.issued_on)::int, 'PASSED',
                               72 + c.id % 25, make_date(extract(year from c.issued_on)::int, 5, 20),
                               make_date(extract(year from c.issued_on)::int, 7, 10), c.issued_on, c.id
                        from high_tech_certification c join enterprise e on e.id = c.enterprise_id
                        where c.issued_on <= ? and c.issued_on >= date '2008-01-01'
                        order by c.enterprise_id, extract(year from c.issued_on), c.issued_on""")
                .param(today).update();
        int failed = 0;
        for (Batch batch : failures(today)) {
            failed += jdbc.sql("""
                            insert into high_tech_application (enterprise_id, region_code, batch_year, status,
                                innovation_score, submitted_on, recommended_on, decided_on, reason)
                            select e.id, e.region_code, :year, 'FAILED', 50 + e.id % 21, make_date(:year, 5, 20),
                                   make_date(:year, 7, 10), make_date(:year, 11, 30),
                                   (array[:r0, :r1, :r2, :r3])[1 + e.id % 4]
                            from enterprise e
                            where e.region_code = :region and e.founded_on < make_date(:year, 1, 1)
                              and not exists (select 1 from high_tech_application a
                                              where a.enterprise_id = e.id and a.batch_year = :year)
                            order by (e.id * 7919 + :year) % 1000003, e.id
                            limit :count""")
                    .param("year", batch.year()).param("region", batch.region()).param("count", batch.failed())
                    .param("r0", REASONS[0]).param("r1", REASONS[1]).param("r2", REASONS[2]).param("r3", REASONS[3])
                    .update();
        }
        counts.put("high_tech_application", passed + failed);
        counts.put("enterprise_annual_figures", demoFigures(today, demoEnterpriseId));
        return counts;
    }

    record Batch(String region, int year, int failed) {
    }

    /** How many failed per district and past batch year, from the passed ones already written. */
    private List<Batch> failures(LocalDate today) {
        record Passed(String region, int year, long count) {
        }
        List<Passed> passed = jdbc.sql("""
                        select region_code, batch_year, count(*) from high_tech_application
                        where batch_year < ? group by region_code, batch_year order by batch_year, region_code""")
                .param(today.getYear())
                .query((rs, i) -> new Passed(rs.getString(1), rs.getInt(2), rs.getLong(3))).list();
        List<Batch> batches = new ArrayList<>();
        long passed2021 = passed.stream().filter(p -> p.year() == 2021).mapToLong(Passed::count).sum();
        List<Passed> of2021 = new ArrayList<>();
        for (Passed p : passed) {
            if (p.year() == 2021) {
                of2021.add(p);
            } else if (p.year() == 2022 && p.region().equals(DemoDistrict.JIANGHAI.code())) {
                batches.add(new Batch(p.region(), p.year(), (int) (JIANGHAI_2022_APPLIED - p.count())));
            } else {
                batches.add(new Batch(p.region(), p.year(), (int) (p.count() * 15 / 85)));
            }
        }
        batches.addAll(shares(of2021.stream().map(p -> new Batch(p.region(), p.year(), (int) p.count())).toList(),
                (int) Math.max(0, JIANGMEN_2021_APPLIED - passed2021)));
        return batches;
    }

    /** {@code total} failures shared by the districts in proportion to their passed ones (largest remainder). */
    private static List<Batch> shares(List<Batch> passedByDistrict, int total) {
        long all = passedByDistrict.stream().mapToLong(Batch::failed).sum();
        if (all == 0) {
            return List.of();
        }
        List<Batch> shares = new ArrayList<>();
        List<BigDecimal> remainders = new ArrayList<>();
        int given = 0;
        for (Batch b : passedByDistrict) {
            BigDecimal exact = BigDecimal.valueOf((long) total * b.failed()).divide(BigDecimal.valueOf(all), 6,
                    RoundingMode.DOWN);
            int whole = exact.intValue();
            shares.add(new Batch(b.region(), b.year(), whole));
            remainders.add(exact.subtract(BigDecimal.valueOf(whole)));
            given += whole;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < shares.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> remainders.get(i)).reversed().thenComparing(i -> i));
        for (int k = 0; k < total - given; k++) {
            Batch b = shares.get(order.get(k));
            shares.set(order.get(k), new Batch(b.region(), b.year(), b.failed() + 1));
        }
        return shares;
    }

    /** The demo enterprise's figures of the three years before this one: it meets the conditions. */
    private int demoFigures(LocalDate today, long enterpriseId) {
        int rows = 0;
        for (int back = 3; back >= 1; back--) {
            int year = today.getYear() - back;
            BigDecimal revenue = new BigDecimal("86000000.00").subtract(BigDecimal.valueOf((back - 1) * 6_500_000L));
            rows += jdbc.sql("""
                            insert into enterprise_annual_figures (enterprise_id, year, revenue, sales_revenue,
                                high_tech_income, rd_expense, rd_expense_domestic, staff, tech_staff,
                                invention_patents, other_ip, profit, tax_paid, assets, above_scale)
                            values (?, ?, ?, ?, ?, ?, ?, 126, ?, ?, 11, ?, ?, 152000000.00, true)""")
                    .params(enterpriseId, year, revenue, revenue.multiply(new BigDecimal("0.95")).setScale(2),
                            revenue.multiply(new BigDecimal("0.72")).setScale(2),
                            revenue.multiply(new BigDecimal("0.055")).setScale(2),
                            revenue.multiply(new BigDecimal("0.050")).setScale(2), 29 + (3 - back), 4 + (3 - back),
                            revenue.multiply(new BigDecimal("0.08")).setScale(2),
                            revenue.multiply(new BigDecimal("0.03")).setScale(2))
                    .update();
        }
        return rows;
    }
}
