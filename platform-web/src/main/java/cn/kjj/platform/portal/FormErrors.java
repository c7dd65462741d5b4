package cn.kjj.platform.portal;

import cn.kjj.platform.common.InvalidInputException.FieldError;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.context.MessageSource;

/**
 * A portal form's errors in the reader's language, by form field, for the message beside each
 * field ({@code ${errors.has('name')}}, {@code ${errors.of('name')}}, fragments/form.html); errors
 * of no field of the form are {@link #general()}. Codes are resolved through the messages files,
 * the domain's default text standing in for a missing one. Every portal form uses this one class.
 */
public final class FormErrors {

    private final Map<String, List<String>> byField = new LinkedHashMap<>();
    private final List<String> general = new ArrayList<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    /**
     * @param formFields the fields the form shows; when a {@link List} (the page's order), the
     *                   summary lists the errors in that order, else in the order they came
     * @param formField  maps a domain field (e.g. {@code hostEnterpriseId}) to the form's field
     *                   that shows it (e.g. {@code hostCreditCode})
     */
    public static FormErrors of(List<FieldError> errors, Collection<String> formFields,
                                UnaryOperator<String> formField, MessageSource messages, Locale locale) {
        FormErrors result = new FormErrors();
        List<FieldError> ordered = errors;
        if (formFields instanceof List<String> pageOrder) {
            ordered = errors.stream()
                    .sorted(Comparator.comparingInt(e -> position(pageOrder, formField.apply(e.field()))))
                    .toList();
        }
        for (FieldError error : ordered) {
            String message = messages.getMessage(error.code(), null, error.defaultMessage(), locale);
            String field = formField.apply(error.field());
            result.add(field != null && formFields.contains(field) ? field : null, message);
        }
        return result;
    }

    private static int position(List<String> pageOrder, String field) {
        int index = pageOrder.indexOf(field);
        return index < 0 ? pageOrder.size() : index;
    }

    /** A message already in the reader's language beside {@code field}, or a general one when the field is null. */
    public FormErrors add(String field, String message) {
        return field == null ? addGeneral(message) : addField(field, message);
    }

    public FormErrors addGeneral(String message) {
        if (!general.contains(message)) {
            general.add(message);
        }
        return this;
    }

    /** A message already in the reader's language beside {@code field} (e.g. one that names what was typed). */
    public FormErrors addField(String field, String message) {
        List<String> list = byField.computeIfAbsent(field, f -> new ArrayList<>());
        if (!list.contains(message)) {
            list.add(message);
        }
        return this;
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** The field's messages as one sentence, or null. */
    public String of(String field) {
        List<String> messages = byField.get(field);
        return messages == null ? null : String.join("；", messages);
    }

    public Map<String, List<String>> fields() {
        return byField;
    }

    public List<String> general() {
        return general;
    }

    public boolean isEmpty() {
        return byField.isEmpty() && general.isEmpty();
    }

    public int count() {
        return byField.size() + general.size();
    }
}
