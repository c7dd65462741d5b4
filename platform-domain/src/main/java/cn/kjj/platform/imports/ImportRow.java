package cn.kjj.platform.imports;

import cn.kjj.platform.common.InvalidInputException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One data row being read: typed values of its cells, and every error found in it, each naming
 * its column. A cell that cannot be read gives {@code null} and one error; the domain's own checks
 * ({@code validated()}) then add theirs, except for columns that already have one.
 */
public final class ImportRow {

    /** Excel's day 0 in the 1900 date system (its phantom 29 February 1900 included). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final Pattern DATE = Pattern.compile("^(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})$");
    private static final Pattern DECIMAL = Pattern.compile("^[-+]?\\d+(\\.\\d+)?$");
    private static final Pattern INTEGER = Pattern.compile("^[-+]?\\d+(\\.0+)?$");

    private final ImportHeader header;
    private final ImportRecord record;
    private final List<RowError> errors = new ArrayList<>();
    private final Set<String> fieldsInError = new HashSet<>();

    public ImportRow(ImportHeader header, ImportRecord record) {
        this.header = header;
        this.record = record;
    }

    public int line() {
        return record.line();
    }

    public List<RowError> errors() {
        return List.copyOf(errors);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The stripped text of the cell, {@code null} when blank. */
    public String text(String field) {
        String text = header.cell(record, field).text().strip();
        return text.isEmpty() ? null : text;
    }

    public Integer integer(String field) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        if (!INTEGER.matcher(text).matches()) {
            return invalid(field, "error.import.integer", "must be a whole number");
        }
        try {
            return new BigDecimal(text).intValueExact();
        } catch (ArithmeticException e) {
            return invalid(field, "error.import.integer", "must be a whole number");
        }
    }

    /** A decimal exactly as written (never rounded): digits with an optional point, no separators. */
    public BigDecimal decimal(String field) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        if (!DECIMAL.matcher(text).matches()) {
            return invalid(field, "error.import.decimal", "must be a number such as 1234.56, without separators");
        }
        return new BigDecimal(text);
    }

    /** {@code 2023-06-30} (also {@code 2023/6/30}), or in a spreadsheet a date cell. */
    public LocalDate date(String field) {
        ImportCell cell = header.cell(record, field);
        String text = cell.text().strip();
        if (text.isEmpty()) {
            return null;
        }
        Matcher m = DATE.matcher(text);
        if (m.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                return invalid(field, "error.import.date", "must be a date such as 2023-06-30");
            }
        }
        if (cell.numeric() && INTEGER.matcher(text).matches()) {
            long serial = new BigDecimal(text).longValue();
            if (serial > 0 && serial < 2_958_466) {
                return EXCEL_EPOCH.plusDays(serial);
            }
        }
        return invalid(field, "error.import.date", "must be a date such as 2023-06-30");
    }

    /**
     * A constant of {@code type} by its name ({@code INCUBATOR}), its Chinese name ({@code 孵化器})
     * or its English name ({@code Incubator}), case-insensitively.
     */
    public <E extends Enum<E>> E choice(String field, Class<E> type, Function<E, String> nameZh,
                                        Function<E, String> nameEn) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        E constant = named(text, type, nameZh, nameEn);
        return constant != null ? constant : notAChoice(field, type, nameZh);
    }

    /** Several constants in one cell, each as {@link #choice} reads it, separated by {@code 、 , ; /}. */
    public <E extends Enum<E>> List<E> choices(String field, Class<E> type, Function<E, String> nameZh,
                                               Function<E, String> nameEn) {
        String text = text(field);
        List<E> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        for (String part : text.split("[、,，;；/]+")) {
            if (part.isBlank()) {
                continue;
            }
            E constant = named(part.strip(), type, nameZh, nameEn);
            if (constant == null) {
                return notAChoice(field, type, nameZh);
            }
            found.add(constant);
        }
        return found;
    }

    private static <E extends Enum<E>> E named(String text, Class<E> type, Function<E, String> nameZh,
                                               Function<E, String> nameEn) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(text) || nameZh.apply(constant).equals(text)
                    || nameEn.apply(constant).equalsIgnoreCase(text)) {
                return constant;
            }
        }
        return null;
    }

    private <E extends Enum<E>, T> T notAChoice(String field, Class<E> type, Function<E, String> nameZh) {
        List<String> allowed = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            allowed.add(nameZh.apply(constant) + " (" + constant.name() + ")");
        }
        return invalid(field, "error.import.choice", "must be one of " + String.join(", ", allowed),
                String.join(", ", allowed));
    }

    /** An error of {@code field}'s column. */
    public void error(String field, String code, String defaultMessage, Object... args) {
        fieldsInError.add(field);
        errors.add(RowError.of(line(), header.header(field), code, defaultMessage, args));
    }

    /**
     * Runs a domain check ({@code validated()}, a constructor); its field errors become errors of
     * the columns of the same name, unless a column already has one. {@code null} when it failed.
     */
    public <T> T check(Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidInputException e) {
            for (InvalidInputException.FieldError fieldError : e.errors()) {
                if (!fieldsInError.contains(fieldError.field())) {
                    error(fieldError.field(), fieldError.code(), fieldError.defaultMessage());
                }
            }
            return null;
        }
    }

    private <T> T invalid(String field, String code, String defaultMessage, Object... args) {
        error(field, code, defaultMessage, args);
        return null;
    }

    static String normalised(String text) {
        return text == null ? null : text.strip().toUpperCase(Locale.ROOT);
    }
}
