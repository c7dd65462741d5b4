package cn.kjj.platform.indicator;

import java.math.BigDecimal;
import java.time.YearMonth;

/** One roll-up row summed over regions: registered contracts of one month and type. */
public record TurnoverCell(YearMonth month, String type, long count, BigDecimal contractAmount,
                           BigDecimal techTransactionAmount) {
}
