package cn.kjj.platform.indicator;

import java.math.BigDecimal;

/** GDP and R&D expenditure of one year summed over the {@code districts} that have figures. */
public record StatisticSum(int year, int districts, BigDecimal gdp, BigDecimal rdExpenditure) {
}
