package cn.kjj.platform.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * A target beside the indicator's actual value for its region and year.
 *
 * @param actual   the indicator's value for the year (null when the year has no figure, e.g. R&D
 *                 intensity before the statistics bureau's figures)
 * @param progress actual / value as a plain fraction, cut (never rounded up) to 3 places, so that
 *                 0.973 reads 97.3 % and 1.000 only when the target is reached; null without actual
 * @param reached  whether actual is at least the target
 */
public record TargetView(String regionCode, String regionName, String indicator, int year, BigDecimal value,
                         String note, BigDecimal actual, BigDecimal progress, Boolean reached, Instant updatedAt,
                         long version) {

    /** Places of {@link #progress}: one decimal of a percentage. */
    public static final int PROGRESS_SCALE = 3;

    /** actual / target cut to {@value #PROGRESS_SCALE} places; null when either is missing. */
    public static BigDecimal progress(BigDecimal numerator, BigDecimal denominator) {
        if (numerator == null || denominator == null || denominator.signum() == 0) {
            return null;
        }
        return numerator.divide(denominator, PROGRESS_SCALE, RoundingMode.DOWN);
    }
}
