package cn.kjj.platform.indicator;

import java.math.BigDecimal;

/** One year of supply and demand in a region, as counted from the base tables. */
public record MatchingYear(int year, long demandsPublished, long demandsMatched, long contractsSigned,
                           BigDecimal turnover) {
}
