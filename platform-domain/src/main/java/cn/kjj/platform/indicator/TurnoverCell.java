package cn.kjj.platform.indicator;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One roll-up row summed over regions: registered contracts of one period (its first month) and group (the
 * code of the dimension's group, or empty when not split).
 */
public record TurnoverCell(YearMonth month, String group, long count, BigDecimal contractAmount,
                           BigDecimal techTransactionAmount) {
}
