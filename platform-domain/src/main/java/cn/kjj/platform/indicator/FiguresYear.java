package cn.kjj.platform.indicator;

import java.math.BigDecimal;

/**
 * The annual figures of a year summed over some enterprises: how many were counted, how many of them
 * reported figures for the year, and the sums of revenue, profit, tax paid, R&D expense and its domestic part.
 */
public record FiguresYear(int year, long enterprises, long reported, BigDecimal revenue, BigDecimal profit,
                          BigDecimal taxPaid, BigDecimal rdExpense, BigDecimal rdExpenseDomestic) {

    static FiguresYear none(int year) {
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        return new FiguresYear(year, 0, 0, zero, zero, zero, zero, zero);
    }
}
