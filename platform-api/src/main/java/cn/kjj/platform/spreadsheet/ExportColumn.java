package cn.kjj.platform.spreadsheet;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A column of an exported list: its header and how to get its value from a row. Values may be
 * text, numbers ({@code BigDecimal} stays exact in CSV), dates, booleans, enums or {@code null}.
 */
public record ExportColumn<T>(String header, Function<? super T, ?> value) {

    public static <T> ExportColumn<T> of(String header, Function<? super T, ?> value) {
        return new ExportColumn<>(header, value);
    }

    /** A column for each component of a record type, in order, named as in its JSON, but those left out. */
    public static <T extends Record> List<ExportColumn<T>> ofRecord(Class<T> type, String... leftOut) {
        Set<String> skipped = Set.of(leftOut);
        return Arrays.stream(type.getRecordComponents()).filter(c -> !skipped.contains(c.getName()))
                .map(c -> ExportColumn.<T>of(c.getName(), row -> value(c, row))).toList();
    }

    private static Object value(RecordComponent component, Object row) {
        try {
            return component.getAccessor().invoke(row);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}
