package cn.kjj.platform.demo;

import cn.kjj.platform.indicator.IndicatorCatalogue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's annual figures of every enterprise (docs/demo-data.md), written by SQL after the certificates,
 * labs and technology SMEs, so that the ladder and the indicators from the figures show the seeds' figures:
 * <ul>
 *   <li>every enterprise (but the demo enterprise, whose figures {@link HighTechApplicationDemo} writes) from
 *   2016 or its founding year to last year: a base revenue of 5 to 204 million yuan in 2016 growing 3 % to 27 % a
 *   year by a fixed hash of its id, the other figures as shares of it;</li>
 *   <li>the Jiangmen high-tech enterprises' revenue, profit and tax of 2016 and 2021 exactly as seed [002]
 *   publishes them (1,131.7 → 3,299.4 亿; 124.3 → 189.5 亿; 82.7 → 152.7 亿): revenue by scaling every year of
 *   the enterprises in force on 31 December 2016 by one factor and of those in force in 2021 but not 2016 by
 *   another (so an enterprise's growth is kept), profit and tax per year; the last cents go to one row;</li>
 *   <li>above designated size (规上) from 20 million yuan of revenue, except 2021, where the industrial
 *   enterprises hosting an R&D platform and as many others (largest revenue first) as make 61 % [002] are.</li>
 * </ul>
 */
@Component
record DemoFigures(JdbcClient jdbc) {

    static final int FIRST_YEAR = 2016;
    static final int SEED_YEAR = 2021;
    /** Seed [002]: revenue, profit, tax of the high-tech enterprises, 2016 and 2021 (yuan). */
    static final Map<Integer, List<BigDecimal>> HIGH_TECH = Map.of(
            FIRST_YEAR, List.of(new BigDecimal("113170000000.00"), new BigDecimal("12430000000.00"),
                    new BigDecimal("8270000000.00")),
            SEED_YEAR, List.of(new BigDecimal("329940000000.00"), new BigDecimal("18950000000.00"),
                    new BigDecimal("15270000000.00")));
    /** Seed [002]: 61 % of the above-scale industrial enterprises have an R&D platform (2021). */
    static final BigDecimal COVERAGE = new BigDecimal("0.61");
    static final String CITY = "4407";
    /** The service industries the coverage indicator leaves out, as an SQL list. */
    private static final String SERVICES = IndicatorCatalogue.SERVICE_INDUSTRIES.stream()
            .map(industry -> "'" + industry + "'").collect(Collectors.joining(", ", "(", ")"));

    private static final String IN_FORCE = """
            exists (select 1 from high_tech_certification h where h.enterprise_id = e.id
                    and h.issued_on <= make_date(%1$s, 12, 31) and h.expires_on >= make_date(%1$s, 12, 31)
                    and (h.revoked_on is null or h.revoked_on > make_date(%1$s, 12, 31)))""";

    Map<String, Integer> load(LocalDate today, long demoEnterpriseId) {
        int rows = jdbc.sql("""
                        insert into enterprise_annual_figures (enterprise_id, year, revenue, sales_revenue,
                            high_tech_income, rd_expense, rd_expense_domestic, staff, tech_staff, invention_patents,
                            other_ip, profit, tax_paid, assets, above_scale)
                        select e.id, y.year, r.revenue, round(r.revenue * 0.95, 2),
                               round(r.revenue * (30 + (e.id * 13) % 61) / 100.0, 2), d.rd,
                               round(d.rd * (50 + e.id % 51) / 100.0, 2), s.staff, s.staff * (5 + e.id % 21) / 100,
                               (e.id + y.year) % 4, (e.id * 3 + y.year) % 6,
                               round(r.revenue * ((e.id * 7) % 15 - 2) / 100.0, 2),
                               round(r.revenue * (1 + e.id % 5) / 100.0, 2), round(r.revenue * 1.2, 2), false
                        from enterprise e
                        cross join generate_series(?, ?) as y(year)
                        cross join lateral (select round((5000000 + ((e.id * 7919) % 200) * 1000000)
                            * power(1 + (3 + (e.id % 7) * 4) / 100.0, cast(y.year - 2016 as numeric)), 2) as revenue) r
                        cross join lateral (select round(r.revenue * (20 + (e.id * 17) % 51) / 1000.0, 2) as rd) d
                        cross join lateral (select 20 + (e.id * 31) % 300 as staff) s
                        where e.id <> ? and e.region_code like ? || '%'
                          and (e.founded_on is null or e.founded_on <= make_date(y.year, 12, 31))""")
                .params(FIRST_YEAR, today.getYear() - 1, demoEnterpriseId, CITY).update();
        if (today.getYear() - 1 >= SEED_YEAR) {
            scaleHighTech(demoEnterpriseId, today.getYear() - 1);
        }
        // above scale in one statement (each statement that writes figures refreshes the enterprises' high-tech
        // figure windows: V36's trigger)
        String aboveScale = today.getYear() - 1 >= SEED_YEAR ? coverage(demoEnterpriseId) : "revenue >= 20000000";
        jdbc.sql("update enterprise_annual_figures set above_scale = " + aboveScale + " where enterprise_id <> ?")
                .param(demoEnterpriseId).update();
        return Map.of("enterprise_annual_figures", rows);
    }

    /**
     * Revenue (and the figures that are shares of it): group A, in force on 31 December 2016, and group B, in force
     * in 2021 but not 2016, each scaled by one factor in every year, so that an enterprise's growth is kept. Profit
     * and tax, which no rule of the ladder reads: the rows of the enterprises in force in a year scaled to a total
     * growing geometrically from 2016's to 2021's and on at the same pace.
     */
    private void scaleHighTech(long demo, int lastYear) {
        String a = IN_FORCE.formatted(FIRST_YEAR);
        String b = IN_FORCE.formatted(SEED_YEAR) + " and not " + a;
        BigDecimal aSum = sum("revenue", a, FIRST_YEAR, demo);
        BigDecimal aFactor = HIGH_TECH.get(FIRST_YEAR).get(0).divide(aSum, 12, RoundingMode.HALF_EVEN);
        BigDecimal aLater = sum("revenue", a + " and " + IN_FORCE.formatted(SEED_YEAR), SEED_YEAR, demo)
                .multiply(aFactor);
        BigDecimal bSum = sum("revenue", b, SEED_YEAR, demo);
        BigDecimal bFactor = HIGH_TECH.get(SEED_YEAR).get(0).subtract(aLater).divide(bSum, 12, RoundingMode.HALF_EVEN);
        if (bFactor.signum() <= 0) {
            throw new IllegalStateException("the demo's high-tech revenue cannot reach seed [002]");
        }
        String set = """
                revenue = round(f.revenue * :f, 2), sales_revenue = round(f.sales_revenue * :f, 2),
                high_tech_income = round(f.high_tech_income * :f, 2), rd_expense = round(f.rd_expense * :f, 2),
                rd_expense_domestic = round(f.rd_expense_domestic * :f, 2), assets = round(f.assets * :f, 2)""";
        for (Object[] group : new Object[][] {{a, aFactor}, {b, bFactor}}) {
            jdbc.sql("update enterprise_annual_figures f set " + set + " from enterprise e where e.id = f.enterprise_id"
                            + " and e.id <> :demo and e.region_code like '" + CITY + "%' and " + group[0])
                    .param("f", group[1]).param("demo", demo).update();
        }
        fixCents("revenue", a, FIRST_YEAR, demo, HIGH_TECH.get(FIRST_YEAR).get(0));
        fixCents("revenue", b, SEED_YEAR, demo, HIGH_TECH.get(SEED_YEAR).get(0));
        // profit and tax of every year in one statement, each year's rows by that year's factor: the former UPDATE
        // per year and column (20) each refreshed the figure windows of the enterprises it touched (V36's trigger)
        // in a table filling with row versions of this one transaction, two thirds of the demo load's time. The
        // factors are read first (no year's scaling changes another year's sums); the last cents go after it.
        String[] columns = {"profit", "tax_paid"};
        List<Map<Integer, BigDecimal>> targets = List.of(new TreeMap<>(), new TreeMap<>());
        List<Map<Integer, BigDecimal>> factors = List.of(new TreeMap<>(), new TreeMap<>());
        for (int c = 0; c < columns.length; c++) {
            double first = HIGH_TECH.get(FIRST_YEAR).get(c + 1).doubleValue();
            double pace = Math.pow(HIGH_TECH.get(SEED_YEAR).get(c + 1).doubleValue() / first,
                    1.0 / (SEED_YEAR - FIRST_YEAR));
            for (int year = FIRST_YEAR; year <= lastYear; year++) {
                BigDecimal target = year == FIRST_YEAR || year == SEED_YEAR ? HIGH_TECH.get(year).get(c + 1)
                        : BigDecimal.valueOf(first * Math.pow(pace, year - FIRST_YEAR)).setScale(2, RoundingMode.HALF_EVEN);
                BigDecimal natural = sum(columns[c], IN_FORCE.formatted(year), year, demo);
                if (natural.signum() > 0) {
                    targets.get(c).put(year, target);
                    factors.get(c).put(year, target.divide(natural, 12, RoundingMode.HALF_EVEN));
                }
            }
        }
        String values = IntStream.rangeClosed(FIRST_YEAR, lastYear)
                .mapToObj(year -> "(" + year + ", " + factors.get(0).getOrDefault(year, BigDecimal.ONE).toPlainString()
                        + ", " + factors.get(1).getOrDefault(year, BigDecimal.ONE).toPlainString() + ")")
                .collect(Collectors.joining(", "));
        jdbc.sql("update enterprise_annual_figures f set profit = round(f.profit * v.profit, 2),"
                        + " tax_paid = round(f.tax_paid * v.tax_paid, 2) from enterprise e,"
                        + " (values " + values + ") as v(year, profit, tax_paid)"
                        + " where e.id = f.enterprise_id and f.year = v.year and e.id <> :demo"
                        + " and e.region_code like '" + CITY + "%' and " + IN_FORCE.formatted("f.year"))
                .param("demo", demo).update();
        for (int c = 0; c < columns.length; c++) {
            for (Map.Entry<Integer, BigDecimal> target : targets.get(c).entrySet()) {
                fixCents(columns[c], IN_FORCE.formatted(target.getKey()), target.getKey(), demo, target.getValue());
            }
        }
    }

    /** The whole difference to the seed's total, to the row of the group's largest value in the year. */
    private void fixCents(String column, String group, int year, long demo, BigDecimal target) {
        String inForce = IN_FORCE.formatted(year);
        BigDecimal total = sum(column, inForce, year, demo);
        BigDecimal diff = target.subtract(total);
        jdbc.sql("update enterprise_annual_figures set " + column + " = " + column + " + ? where id = (select f.id"
                        + " from enterprise_annual_figures f join enterprise e on e.id = f.enterprise_id where f.year = ?"
                        + " and e.id <> ? and e.region_code like '" + CITY + "%' and " + group
                        + " order by f." + column + " desc, f.id limit 1)")
                .params(diff, year, demo).update();
    }

    private BigDecimal sum(String column, String condition, int year, long demo) {
        return jdbc.sql("select coalesce(sum(f." + column + "), 0) from enterprise_annual_figures f join enterprise e"
                        + " on e.id = f.enterprise_id where f.year = ? and e.id <> ? and e.region_code like '" + CITY
                        + "%' and " + condition)
                .params(year, demo).query(BigDecimal.class).single();
    }

    /**
     * Above scale from 20 million yuan of revenue, but in 2021, where the industrial enterprises hosting a platform
     * are, and others (largest revenue first) up to 61 %: the expression for the column.
     */
    private String coverage(long demo) {
        String industrial = "e.industry is not null and e.industry not in " + SERVICES;
        String hosting = "exists (select 1 from lab l where l.host_enterprise_id = e.id"
                + " and (l.recognized_on is null or l.recognized_on <= make_date(" + SEED_YEAR + ", 12, 31)))";
        String rows = " from enterprise_annual_figures f join enterprise e on e.id = f.enterprise_id where f.year = "
                + SEED_YEAR + " and e.id <> " + demo + " and e.region_code like '" + CITY + "%' and " + industrial;
        long hosts = jdbc.sql("select count(*)" + rows + " and " + hosting).query(Long.class).single();
        long others = new BigDecimal(hosts).divide(COVERAGE, 0, RoundingMode.HALF_EVEN).longValue() - hosts;
        return "case when id in (select f.id" + rows + ") then id in (select f.id" + rows + " and " + hosting
                + ") or id in (select f.id" + rows + " and not " + hosting + " order by f.revenue desc, f.id limit "
                + others + ") else revenue >= 20000000 end";
    }
}
