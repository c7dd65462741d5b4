package cn.kjj.platform.dashboard;

import cn.kjj.platform.indicator.Fraction;
import java.math.BigDecimal;

/**
 * One figure of a tile with the same figure a year earlier.
 *
 * @param value          the figure ({@code null} when there is none)
 * @param previous       the figure of the period compared with ({@code null} when there is none)
 * @param period         what {@code value} covers, e.g. {@code 2026}, {@code 2026-01..11}
 * @param previousPeriod what {@code previous} covers
 * @param change         {@code value / previous - 1} exactly (6 places, half-even), {@code null} when
 *                       either is missing or {@code previous} is 0
 */
public record Figure(BigDecimal value, BigDecimal previous, String period, String previousPeriod, BigDecimal change) {

    public static Figure of(BigDecimal value, BigDecimal previous, String period, String previousPeriod) {
        return new Figure(value, previous, period, previousPeriod, change(value, previous));
    }

    public static Figure of(long value, long previous, String period, String previousPeriod) {
        return of(BigDecimal.valueOf(value), BigDecimal.valueOf(previous), period, previousPeriod);
    }

    public static Figure none(String period) {
        return new Figure(null, null, period, null, null);
    }

    /** {@code value / previous - 1}, or null when it cannot be said. */
    public static BigDecimal change(BigDecimal value, BigDecimal previous) {
        if (value == null || previous == null || previous.signum() == 0) {
            return null;
        }
        return Fraction.of(value.subtract(previous), previous).value();
    }

    public boolean present() {
        return value != null;
    }
}
