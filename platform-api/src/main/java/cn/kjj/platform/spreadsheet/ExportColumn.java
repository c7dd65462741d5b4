package cn.kjj.platform.spreadsheet;

import java.util.function.Function;

/**
 * A column of an exported list: its header and how to get its value from a row. Values may be
 * text, numbers ({@code BigDecimal} stays exact in CSV), dates, booleans, enums or {@code null}.
 */
public record ExportColumn<T>(String header, Function<? super T, ?> value) {

    public static <T> ExportColumn<T> of(String header, Function<? super T, ?> value) {
        return new ExportColumn<>(header, value);
    }
}
