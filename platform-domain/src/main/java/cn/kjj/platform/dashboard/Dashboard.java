package cn.kjj.platform.dashboard;

import cn.kjj.platform.indicator.TargetView;
import cn.kjj.platform.region.RecognitionLevel;
import cn.kjj.platform.region.RegionView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An official's dashboard of one region and year: tiles with the year-on-year change, trends and,
 * for a city or province, the regions directly below it side by side.
 *
 * @param highTechStock     high-tech enterprises in force on 31 December of the year (this year: today),
 *                          against 31 December of the year before
 * @param rdIntensity       R&D expenditure / GDP of the latest year up to {@code year} with figures, and
 *                          the year before that
 * @param turnover          registered contract turnover (seller's side, 技术输出) of the year so far: the
 *                          months January to {@code turnoverMonths}, against the same months a year earlier
 * @param awaitingReview    contracts awaiting a decision (null for readers who do not see the queue)
 * @param overdue           of those, past their due date (null likewise)
 * @param expiring          high-tech certificates ending within {@code expiringWithinDays} days from today
 *                          without a renewal
 * @param incubators        incubation carriers recognised by the end of the year (and of the year before)
 * @param incubatorsByLevel carriers by recognition level at the end of the year
 * @param subregions        the regions directly below (empty for a district)
 * @param targets           the region's own targets of the year, with actual and progress
 * @param matchedDemands    demands given their first brokered meeting (对接) in the year, against the year
 *                          before (indicator technology-matching)
 * @param matchContracts    contracts registered in the year from brokered meetings, and their turnover
 */
public record Dashboard(RegionView region, int year, LocalDate asOf,
                        Figure highTechStock, Figure rdIntensity, Figure turnover, int turnoverMonths,
                        Long awaitingReview, Long overdue, long expiring, int expiringWithinDays,
                        Figure incubators, List<LevelCount> incubatorsByLevel,
                        List<YearValue> highTechTrend, List<YearValue> turnoverTrend, List<YearValue> rdTrend,
                        List<Subregion> subregions, List<TargetView> targets, Figure matchedDemands, long matchContracts,
                        BigDecimal matchTurnover) {

    /** A figure of one year (null when there is none). */
    public record YearValue(int year, BigDecimal value) {
    }

    public record LevelCount(RecognitionLevel level, long count) {
    }

    /** One region below the dashboard's, for the comparison chart. */
    public record Subregion(RegionView region, long highTechStock, BigDecimal turnover, BigDecimal rdIntensity) {
    }

    /** The same dashboard with the review queue's counts. */
    public Dashboard withQueue(long awaiting, long overdueOfThem) {
        return new Dashboard(region, year, asOf, highTechStock, rdIntensity, turnover, turnoverMonths, awaiting,
                overdueOfThem, expiring, expiringWithinDays, incubators, incubatorsByLevel, highTechTrend, turnoverTrend,
                rdTrend, subregions, targets, matchedDemands, matchContracts, matchTurnover);
    }

    /** The R&D intensity of {@code year} in the trend, or null when that year has no complete statistics. */
    public BigDecimal rdIn(int year) {
        return rdTrend.stream().filter(p -> p.year() == year).map(YearValue::value).findFirst().orElse(null);
    }

    /** Whether nothing at all is recorded for the region (the page says so instead of showing zeros). */
    public boolean empty() {
        boolean noHighTech = highTechTrend.stream().allMatch(p -> p.value() == null || p.value().signum() == 0);
        boolean noTurnover = turnoverTrend.stream().allMatch(p -> p.value() == null || p.value().signum() == 0);
        return noHighTech && noTurnover && rdTrend.isEmpty() && (incubators.value() == null
                || incubators.value().signum() == 0) && expiring == 0
                && (awaitingReview == null || awaitingReview == 0);
    }
}
