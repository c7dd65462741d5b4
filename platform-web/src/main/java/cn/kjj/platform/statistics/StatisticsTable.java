package cn.kjj.platform.statistics;

import cn.kjj.platform.region.RegionView;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
        List<Row> rows = districts.stream().map(d -> new Row(d, years.stream()
                .map(y -> byKey.get(d.code() + "/" + y)).toList())).toList();
        List<Total> totals = IntStream.range(0, years.size()).mapToObj(i -> {
            List<StatisticView> cells = rows.stream().map(r -> r.cells().get(i)).filter(Objects::nonNull).toList();
            return cells.isEmpty() ? new Total(years.get(i), null, null, 0) : new Total(years.get(i),
                    cells.stream().map(StatisticView::gdp).reduce(BigDecimal.ZERO, BigDecimal::add),
                    cells.stream().map(StatisticView::rdExpenditure).reduce(BigDecimal.ZERO, BigDecimal::add),
                    cells.size());
        }).toList();
        return new StatisticsTable(years, rows, totals);
    }

    public boolean isEmpty() {
        return rows.stream().allMatch(r -> r.cells().stream().allMatch(Objects::isNull));
    }
}
