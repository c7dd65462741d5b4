package cn.kjj.platform.imports;

import java.util.List;

/**
 * Why a row (or the whole file) cannot be imported. The message is looked up by {@link #code()}
 * in the reader's language when shown, so the stored report serves both languages.
 *
 * @param line           the row as numbered in the file (header = 1), {@code null} for the file as a whole
 * @param column         the column's header as written in the file, {@code null} for the whole row
 * @param code           the message key, e.g. {@code error.creditCode.invalid}
 * @param args           arguments of the message
 * @param defaultMessage English text for when the messages files lack the code
 */
public record RowError(Integer line, String column, String code, List<String> args, String defaultMessage) {

    public RowError {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static RowError of(Integer line, String column, String code, String defaultMessage, Object... args) {
        return new RowError(line, column, code,
                java.util.Arrays.stream(args).map(String::valueOf).toList(), defaultMessage);
    }
}
