package cn.kjj.platform.statistics;

import cn.kjj.platform.region.RegionView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The statistics page's table: one row per district, one column per year, each cell the
 * district's figures of that year (or none), and a total row whose R&D intensity is the ratio of
 * the sums, never the mean of the districts' ratios.
 */
public record StatisticsTable(List<Integer> years, List<Row> rows, List<Total> totals) {

    /** A district's figures by year; a cell is {@code null} where none are recorded. */
    public record Row(RegionView district, List<StatisticView> cells) {
    }

    /**
     * The sums of one year over the districts that have figures.
     *
     * @param reporting how many districts have figures for the year
     */
    public record Total(int year, BigDecimal gdp, BigDecimal rdExpenditure, int reporting) {

        public BigDecimal rdIntensityPercent() {
            return StatisticView.intensityPercent(rdExpenditure, gdp);
        }
    }

    static StatisticsTable of(List<RegionView> districts, List<StatisticView> figures, int from, int to) {
        Map<String, StatisticView> byKey = new HashMap<>();
        figures.forEach(f -> byKey.put(f.regionCode() + "/" + f.year(), f));
        List<Integer> years = IntStream.rangeClosed(from, to).boxed().toList();
        List<Row> rows = new ArrayList<>();
        for (RegionView district : districts) {
            List<StatisticView> cells = new ArrayList<>();
            years.forEach(y -> cells.add(byKey.get(district.code() + "/" + y)));
            rows.add(new Row(district, cells));
        }
        List<Total> totals = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            BigDecimal gdp = BigDecimal.ZERO;
            BigDecimal rd = BigDecimal.ZERO;
            int reporting = 0;
            for (Row row : rows) {
                StatisticView cell = row.cells().get(i);
                if (cell != null) {
                    gdp = gdp.add(cell.gdp());
                    rd = rd.add(cell.rdExpenditure());
                    reporting++;
                }
            }
            totals.add(reporting == 0 ? new Total(years.get(i), null, null, 0)
                    : new Total(years.get(i), gdp, rd, reporting));
        }
        return new StatisticsTable(years, rows, totals);
    }

    public boolean isEmpty() {
        return rows.stream().allMatch(r -> r.cells().stream().allMatch(c -> c == null));
    }
}
