package cn.kjj.platform.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A ratio given as a plain fraction: the exact numerator and denominator, and their quotient
 * rounded for display only ({@value #SCALE} places, half-even).
 */
public record Fraction(BigDecimal value, BigDecimal numerator, BigDecimal denominator) {

    public static final int SCALE = 6;

    /** {@code numerator / denominator}, or null when the denominator is zero. */
    public static Fraction of(BigDecimal numerator, BigDecimal denominator) {
        if (denominator.signum() == 0) {
            return null;
        }
        return new Fraction(numerator.divide(denominator, SCALE, RoundingMode.HALF_EVEN), numerator, denominator);
    }

    public static Fraction of(long numerator, long denominator) {
        return of(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }
}
