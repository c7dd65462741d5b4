package cn.kjj.platform.report;

import java.math.BigDecimal;

/**
 * Every figure of the annual report for one year of one region.
 *
 * @param rdIntensity   R&D expenditure / GDP (null when a district's statistics are missing)
 * @param output        registered contract turnover with the seller in the region (技术输出)
 * @param absorption    registered contract turnover with the buyer in the region (技术吸纳)
 * @param incubators    carriers recognised by the year's end; {@code labs} likewise
 */
public record YearFigures(int year, long highTechStock, long newlyCertified, long renewed, long expired, long revoked,
                          BigDecimal rdIntensity, BigDecimal rdExpenditure, BigDecimal gdp,
                          BigDecimal output, long outputCount, BigDecimal absorption, long absorptionCount,
                          long programs, BigDecimal programBudget, BigDecimal programAwarded,
                          long incubators, long labs) {
}
