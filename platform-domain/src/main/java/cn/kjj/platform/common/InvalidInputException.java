package cn.kjj.platform.common;

import java.util.List;

/**
 * Input that breaks a rule which Bean Validation cannot express (a credit-code check character,
 * a subtype that does not belong to the type, more than two decimals). Carries one or more
 * field errors so that the API can name the field and the portal can show it beside it.
 */
public class InvalidInputException extends DomainException {

    /** A field that is wrong, with a message key (looked up in the messages files) and a default text. */
    public record FieldError(String field, String code, String defaultMessage) {
    }

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super("error.validation", describe(errors));
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException forField(String field, String code, String defaultMessage) {
        return new InvalidInputException(List.of(new FieldError(field, code, defaultMessage)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    private static String describe(List<FieldError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an InvalidInputException needs at least one field error");
        }
        StringBuilder sb = new StringBuilder();
        for (FieldError e : errors) {
            if (!sb.isEmpty()) {
                sb.append("; ");
            }
            sb.append(e.field()).append(": ").append(e.defaultMessage());
        }
        return sb.toString();
    }
}
