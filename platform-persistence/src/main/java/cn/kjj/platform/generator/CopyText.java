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

    /** An amount of yuan given in fen, written with two decimals (a loss with its minus sign). */
    CopyText money(long cents) {
        value(cents < 0 ? "-" + (-cents / 100) : cents / 100);
        long fen = Math.abs(cents % 100);
        out.append('.').append(fen < 10 ? "0" : "").append(fen);
        return this;
    }

    void end() {
        out.append('\n');
    }
}
