package cn.kjj.platform.common;

import cn.kjj.platform.common.InvalidInputException.FieldError;
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
        return stripped;
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
