package cn.kjj.platform.indicator;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A published target (目标任务): the value an indicator should reach in a region by the end of a year,
 * as officials enter it (table {@code target}).
 *
 * @param value   in the indicator's unit: enterprises, a plain fraction (0.027 for 2.7 %), yuan
 * @param version 0 when first recorded, one more with every change
 */
public record Target(String regionCode, String indicator, int year, BigDecimal value, String note,
                     Instant updatedAt, long version) {
}
