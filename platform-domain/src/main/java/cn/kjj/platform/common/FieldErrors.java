package cn.kjj.platform.common;

import cn.kjj.platform.common.InvalidInputException.FieldError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects every broken field rule of one input before failing, so that a form shows all its
 * mistakes at once instead of one per submission.
 */
public final class FieldErrors {

    private final List<FieldError> errors = new ArrayList<>();

    public FieldErrors add(String field, String code, String defaultMessage) {
        errors.add(new FieldError(field, code, defaultMessage));
        return this;
    }

    /** Runs a check that may throw {@link InvalidInputException}; its errors are kept, {@code null} returned. */
    public <T> T check(Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    /** Stripped text; records {@code error.field.required} or {@code error.field.tooLong} when it breaks the rule. */
    public String text(String field, String value, int maxLength, boolean required) {
        String stripped = value == null ? null : value.strip();
        if (stripped == null || stripped.isEmpty()) {
            if (required) {
                add(field, "error.field.required", "is required");
            }
            return null;
        }
        if (stripped.length() > maxLength) {
            add(field, "error.field.tooLong", "must be at most " + maxLength + " characters");
        }
        if (!isStorable(stripped)) {
            add(field, "error.field.invalidCharacters", "contains control characters or broken Unicode");
        }
        return stripped;
    }

    /**
     * Whether PostgreSQL can keep {@code text} as it is: no NUL or other control characters
     * (tabs and line breaks aside), no half of a surrogate pair (which would be stored as '?').
     */
    public static boolean isStorable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
            if (Character.isHighSurrogate(c) && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(++i)))) {
                return false;
            }
            if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** The earliest and latest day a record of the bureau can name (PostgreSQL and Java agree on them). */
    public static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2199, 12, 31);

    /** Records {@code error.field.dateOutOfRange} for a day before 1900 or after 2199 (year 0, 99999, ...). */
    public LocalDate date(String field, LocalDate value) {
        if (value != null && (value.isBefore(FIRST_DAY) || value.isAfter(LAST_DAY))) {
            add(field, "error.field.dateOutOfRange", "must be between " + FIRST_DAY + " and " + LAST_DAY);
        }
        return value;
    }

    /**
     * A required 6-digit administrative division code, stripped; records
     * {@code error.regionCode.invalid} when it is not one. Whether it exists is the region scope's question.
     */
    public String regionCode(String field, String value) {
        String code = text(field, value, 6, true);
        if (code != null && !code.matches("[0-9]{6}")) {
            add(field, "error.regionCode.invalid", "must be a 6-digit administrative division code");
        }
        return code;
    }

    /**
     * The constant of {@code type} that {@code code} names (blanks around it ignored); {@code null}
     * for a blank code (recording {@code error.field.required} when {@code required}) and for an
     * unknown one, which records {@code unknownCode} on {@code field}.
     */
    public <E extends Enum<E>> E constant(String field, Class<E> type, String code, boolean required,
                                          String unknownCode) {
        if (code == null || code.isBlank()) {
            if (required) {
                add(field, "error.field.required", "is required");
            }
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(code.strip())) {
                return constant;
            }
        }
        add(field, unknownCode, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        return null;
    }

    /** Records {@code error.field.required} when {@code value} is {@code null}. */
    public <T> T required(String field, T value) {
        if (value == null) {
            add(field, "error.field.required", "is required");
        }
        return value;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
