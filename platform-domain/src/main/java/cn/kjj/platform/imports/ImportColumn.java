package cn.kjj.platform.imports;

import java.util.Locale;

/**
 * One column of an import file. A file may name it by its Chinese {@link #header()} (as in the
 * template) or by its English {@link #field()} name, as the API's JSON spells it.
 *
 * @param field    the JSON / record field name, e.g. {@code creditCode}
 * @param header   the Chinese header of the template, e.g. {@code 统一社会信用代码}
 * @param headerEn the English label of the column (documentation, error report)
 * @param required whether every row must fill it
 * @param type     what the cells hold, so that a template can write numbers and dates as such
 * @param example  the value of the template's example row
 */
public record ImportColumn(String field, String header, String headerEn, boolean required, Type type,
                           String example) {

    /** What a column's cells hold. */
    public enum Type {
        TEXT, INTEGER, DECIMAL, DATE
    }

    /** Whether {@code name} (a header cell, trimmed) names this column. */
    public boolean isNamed(String name) {
        String n = name.strip();
        return n.equals(header) || n.toLowerCase(Locale.ROOT).equals(field.toLowerCase(Locale.ROOT));
    }
}
