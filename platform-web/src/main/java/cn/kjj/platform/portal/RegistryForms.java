package cn.kjj.platform.portal;

import cn.kjj.platform.common.InvalidInputException;
import cn.kjj.platform.common.InvalidInputException.FieldError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.springframework.validation.BindingResult;

/**
 * Reading the registry forms as the browser sends them: numbers arrive as the text typed, so that
 * "abc" becomes a message beside its field rather than a failed conversion, and values that could
 * not be bound at all (a date that is no date) become field errors too.
 */
public final class RegistryForms {

    public static final String NOT_NUMBER = "registry.form.notNumber";
    public static final String NOT_INTEGER = "registry.form.notInteger";
    public static final String NOT_DATE = "registry.form.notDate";
    public static final String INVALID = "registry.form.invalid";

    /** Digits with an optional sign and decimal part; thousands separators are dropped first. */
    private static final Pattern DECIMAL = Pattern.compile("^-?[0-9]+(\\.[0-9]+)?$");
    private static final Pattern INTEGER = Pattern.compile("^-?[0-9]{1,9}$");

    private RegistryForms() {
    }

    /** The errors of binding: dates that are no date, choices that are not on the list. */
    public static List<FieldError> bindingErrors(BindingResult binding, Set<String> dateFields) {
        List<FieldError> errors = new ArrayList<>();
        for (org.springframework.validation.FieldError e : binding.getFieldErrors()) {
            boolean date = dateFields.contains(e.getField());
            errors.add(new FieldError(e.getField(), date ? NOT_DATE : INVALID,
                    date ? "is not a date" : "is not a valid value"));
        }
        return errors;
    }

    /** The amount typed, or null when blank; not a number adds an error and gives null. */
    public static BigDecimal decimal(String field, String text, List<FieldError> errors) {
        String plain = plain(text);
        if (plain == null) {
            return null;
        }
        if (!DECIMAL.matcher(plain).matches()) {
            errors.add(new FieldError(field, NOT_NUMBER, "must be a number such as 125000.00"));
            return null;
        }
        return new BigDecimal(plain);
    }

    /** The whole number typed, or null when blank; anything else adds an error and gives null. */
    public static Integer integer(String field, String text, List<FieldError> errors) {
        String plain = plain(text);
        if (plain == null) {
            return null;
        }
        if (!INTEGER.matcher(plain).matches()) {
            errors.add(new FieldError(field, NOT_INTEGER, "must be a whole number"));
            return null;
        }
        return Integer.valueOf(plain);
    }

    /** The date typed (yyyy-MM-dd, as a date field sends it), or null when blank; anything else adds an error. */
    public static LocalDate date(String field, String text, List<FieldError> errors) {
        String plain = plain(text);
        if (plain == null) {
            return null;
        }
        try {
            return LocalDate.parse(plain);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, NOT_DATE, "must be a date"));
            return null;
        }
    }

    /**
     * The parsing errors followed by the rules' errors of fields the parsing did not already name
     * (a field that was not a number is also "required" to the rules: say it once).
     */
    public static List<FieldError> combine(List<FieldError> parsing, InvalidInputException rules) {
        return combine(parsing, rules, UnaryOperator.identity());
    }

    /** As {@link #combine(List, InvalidInputException)}, comparing fields as the form shows them. */
    public static List<FieldError> combine(List<FieldError> parsing, InvalidInputException rules,
                                           UnaryOperator<String> formField) {
        List<FieldError> all = new ArrayList<>(parsing);
        if (rules != null) {
            for (FieldError e : rules.errors()) {
                String field = formField.apply(e.field());
                if (parsing.stream().noneMatch(p -> formField.apply(p.field()).equals(field))) {
                    all.add(e);
                }
            }
        }
        return all;
    }

    /** Text as a number: stripped, without thousands separators or spaces; null when blank. */
    static String plain(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.strip().replace(",", "").replace("，", "").replace(" ", "");
    }

    /** The amount as a form shows it: plain digits, no exponent. */
    public static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
