package cn.kjj.platform.report;

import java.math.BigDecimal;

/**
 * A number in a generated sentence, with how it is to be written: the faces format it for the
 * reader's language (a count with separators, money in 万/亿 or millions, a ratio as a percentage,
 * a change with its sign or without, percentage points).
 */
public record ReportValue(Kind kind, BigDecimal value) {

    public enum Kind {
        /** a year, written as is: 2022 */
        YEAR,
        /** a count with thousands separators: 1,845 */
        COUNT,
        /** yuan, in 万/亿 or millions */
        MONEY,
        /** a plain fraction as a percentage with 2 decimals: 5.71 % */
        RATIO,
        /** a relative change with its sign, 1 decimal: +65.1 % */
        CHANGE,
        /** the size of a relative change, without sign: 65.1 % */
        CHANGE_SIZE,
        /** a difference of two ratios in percentage points with its sign: +0.51 */
        POINTS,
        /** the size of that difference: 0.51 */
        POINTS_SIZE
    }

    public static ReportValue of(Kind kind, BigDecimal value) {
        return new ReportValue(kind, value);
    }

    public static ReportValue of(Kind kind, long value) {
        return new ReportValue(kind, BigDecimal.valueOf(value));
    }
}
