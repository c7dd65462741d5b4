package cn.kjj.platform.indicator;

import java.math.BigDecimal;

/** Programs of one year and kind: how many, their budgets and what has been awarded. */
public record FundingRow(int year, String kind, long programs, BigDecimal budget, BigDecimal awarded,
                         BigDecimal approved, BigDecimal disbursed, BigDecimal recovered) {
}
