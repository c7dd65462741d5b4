package cn.kjj.platform.common;

import java.math.BigDecimal;

/**
 * Yuan amounts as they are kept everywhere: {@code BigDecimal} with two decimals, within
 * {@code NUMERIC(18, 2)}. Input with more decimals is refused rather than rounded, because a
 * rounded amount on a contract or an award would silently differ from the signed document.
 */
public final class Money {

    public static final int SCALE = 2;
    /** NUMERIC(18, 2) leaves 16 digits before the decimal point. */
    public static final int MAX_INTEGER_DIGITS = 16;

    private Money() {
    }

    /**
     * Checks that {@code value} has at most two significant decimals and fits NUMERIC(18, 2),
     * and returns it with scale 2; {@code null} stays {@code null} (optional amounts).
     */
    public static BigDecimal requireYuan(BigDecimal value, String field) {
        if (value == null) {
            return null;
        }
        // 1.500 is one and a half yuan, not three decimals: only significant decimals count
        if (value.stripTrailingZeros().scale() > SCALE) {
            throw InvalidInputException.forField(field, "error.money.scale",
                    "must have at most " + SCALE + " decimals, got " + value.toPlainString());
        }
        BigDecimal yuan = value.setScale(SCALE);
        if (yuan.precision() - yuan.scale() > MAX_INTEGER_DIGITS) {
            throw InvalidInputException.forField(field, "error.money.tooLarge",
                    "must have at most " + MAX_INTEGER_DIGITS + " digits before the decimal point");
        }
        return yuan;
    }

    /** As {@link #requireYuan}, and the amount must be present and greater than zero. */
    public static BigDecimal requirePositive(BigDecimal value, String field) {
        if (value == null) {
            throw InvalidInputException.forField(field, "error.field.required", "is required");
        }
        BigDecimal yuan = requireYuan(value, field);
        if (yuan.signum() <= 0) {
            throw InvalidInputException.forField(field, "error.money.notPositive", "must be greater than 0");
        }
        return yuan;
    }

    /** As {@link #requireYuan}, and the amount, when present, must not be below zero. */
    public static BigDecimal requireNonNegative(BigDecimal value, String field) {
        BigDecimal yuan = requireYuan(value, field);
        if (yuan != null && yuan.signum() < 0) {
            throw InvalidInputException.forField(field, "error.money.negative", "must not be negative");
        }
        return yuan;
    }
}
