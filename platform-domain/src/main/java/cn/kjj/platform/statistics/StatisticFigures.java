package cn.kjj.platform.statistics;

import java.math.BigDecimal;

/** Figures of a district and year as entered: GDP and R&D expenditure in yuan, and their source. */
public record StatisticFigures(BigDecimal gdp, BigDecimal rdExpenditure, String source) {
}
