package cn.kjj.platform.indicator;

import java.math.BigDecimal;

/**
 * Registrations of other offices imported here (decision 0036) in one dimension's group, summed over regions and a
 * period: the part of an absorption figure that was not registered here.
 */
public record ElsewhereCell(TurnoverDimension dimension, String group, long count, BigDecimal contractAmount,
                            BigDecimal techTransactionAmount) {
}
