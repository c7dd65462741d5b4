package cn.kjj.platform.generator;

/**
 * One line of PostgreSQL COPY's text format: values separated by tabs, NULL as {@code \N}. The
 * generator's own text holds no tab, newline or backslash, so nothing needs escaping.
 */
final class CopyText {

    private final StringBuilder out;
    private boolean first = true;

    private CopyText(StringBuilder out) {
        this.out = out;
    }

    static CopyText line(StringBuilder out) {
        return new CopyText(out);
    }

    CopyText value(Object value) {
        if (!first) {
            out.append('\t');
        }
        first = false;
        if (value == null) {
            out.append("\\N");
        } else {
            out.append(value);
        }
        return this;
    }

    /** A number, appended without boxing it. */
    CopyText value(long value) {
        if (!first) {
            out.append('\t');
        }
        first = false;
        out.append(value);
        return this;
    }

    /** An amount of yuan given in fen, written with two decimals (a loss with its minus sign). */
    CopyText money(long cents) {
        if (!first) {
            out.append('\t');
        }
        first = false;
        if (cents < 0) {
            out.append('-');
        }
        long fen = Math.abs(cents % 100);
        out.append(Math.abs(cents / 100)).append('.').append(fen < 10 ? "0" : "").append(fen);
        return this;
    }

    /** {@code value} in six digits, with leading zeros (the serial part of numbers and codes), without String.format. */
    static String sixDigits(int value) {
        if (value < 0 || value > 999_999) {
            throw new IllegalArgumentException("not six digits: " + value);
        }
        String digits = Integer.toString(value);
        return "000000".substring(digits.length()) + digits;
    }

    void end() {
        out.append('\n');
    }
}
