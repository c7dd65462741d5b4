package cn.kjj.platform.indicator;

import java.math.BigDecimal;

/** What some indicators say over their whole range, beside the points. */
public sealed interface IndicatorSummary {

    /** Stock of the first and last year, growth = last / first - 1 (null when first is 0), CAGR. */
    record Growth(long first, long last, int years, Fraction growth, BigDecimal cagr) implements IndicatorSummary {
    }

    /** Incubation carriers and R&D platforms counted, and the carriers' total area. */
    record PlatformTotals(long incubators, long labs, BigDecimal incubationAreaSqm) implements IndicatorSummary {
    }
}
