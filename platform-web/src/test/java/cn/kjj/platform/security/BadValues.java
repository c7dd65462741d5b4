package cn.kjj.platform.security;

import java.util.List;

/**
 * Values no field should choke on, each as the raw JSON a client sends and, for strings, the text
 * it stands for (null otherwise): control and odd Unicode characters, injection strings, huge and
 * overflowing numbers, impossible dates, wrong types and unknown enum values.
 */
record BadValues(String label, String json, String text) {

    static final String HUGE = "x".repeat(100_000);

    static final List<BadValues> ALL = List.of(
            text("NUL", "\\u0000", "\u0000"),
            text("NUL inside", "a\\u0000b", "a\u0000b"),
            text("lone surrogate", "\\ud800x", "\ud800x"),
            text("RTL override", "\\u202Egnp.exe", "\u202Egnp.exe"),
            text("emoji", "测试😀🚀", "测试😀🚀"),
            text("zero-width only", "\\u200b", "\u200b"),
            text("blank", "   ", "   "),
            text("empty", "", ""),
            text("SQL injection", "' OR 1=1; DROP TABLE enterprise; --", "' OR 1=1; DROP TABLE enterprise; --"),
            text("HTML injection", "<script>alert(1)</script>", "<script>alert(1)</script>"),
            text("huge string", HUGE, HUGE),
            raw("negative", "-1"),
            raw("1e400", "1e400"),
            raw("beyond NUMERIC(18,2)", "99999999999999999999.999"),
            raw("huge negative", "-99999999999999999999999999999999"),
            raw("int overflow", "2147483648"),
            raw("long overflow", "9223372036854775808"),
            raw("too many decimals", "0.001"),
            text("impossible date", "2023-02-30", "2023-02-30"),
            text("year 0", "0000-01-01", "0000-01-01"),
            text("year 99999", "99999-01-01", "99999-01-01"),
            text("year -1", "-0001-01-01", "-0001-01-01"),
            raw("boolean", "true"),
            raw("array", "[1,2]"),
            raw("object", "{\"a\":1}"),
            text("unknown enum", "NOT_A_VALUE", "NOT_A_VALUE"),
            raw("null", "null"));

    /** Whether {@code what} ("signedOn = year 0") puts an impossible date into a date field. */
    static boolean isImpossibleDateIn(String what) {
        String[] parts = what.split(" = ");
        return parts.length == 2 && parts[0].matches(".*(On|From|To)$")
                && List.of("impossible date", "year 0", "year 99999", "year -1").contains(parts[1]);
    }

    private static BadValues text(String label, String jsonContent, String text) {
        return new BadValues(label, "\"" + jsonContent.replace("\"", "\\\"") + "\"", text);
    }

    private static BadValues raw(String label, String json) {
        return new BadValues(label, json, null);
    }

    @Override
    public String toString() {
        return label;
    }
}
