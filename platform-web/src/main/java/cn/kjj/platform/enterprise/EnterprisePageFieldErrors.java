package cn.kjj.platform.enterprise;

import cn.kjj.platform.common.InvalidInputException.FieldError;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A form's errors in the reader's language, by form field, for the message beside each field
 * ({@code ${errors.has('name')}}, {@code ${errors.of('name')}}); errors that belong to no field
 * of the form are {@link #general()}.
 */
public final class EnterprisePageFieldErrors {

    /** The form's fields in the order they appear on the page; the summary lists errors in that order. */
    private final List<String> formFields;
    private final Map<String, List<String>> byField = new LinkedHashMap<>();
    private final List<String> general = new ArrayList<>();

    private EnterprisePageFieldErrors(List<String> formFields) {
        this.formFields = formFields;
    }

    static EnterprisePageFieldErrors none(List<String> formFields) {
        return new EnterprisePageFieldErrors(formFields);
    }

    static EnterprisePageFieldErrors of(List<String> formFields, List<FieldError> errors,
                                        EnterprisePageMessages messages, java.util.Locale locale) {
        EnterprisePageFieldErrors result = new EnterprisePageFieldErrors(formFields);
        errors.stream()
                .sorted(Comparator.comparingInt(e -> position(formFields, e.field())))
                .forEach(e -> result.add(e.field(), messages.field(e, locale)));
        return result;
    }

    EnterprisePageFieldErrors add(String field, String message) {
        if (field != null && formFields.contains(field)) {
            List<String> messages = byField.computeIfAbsent(field, f -> new ArrayList<>());
            if (!messages.contains(message)) {
                messages.add(message);
            }
        } else if (!general.contains(message)) {
            general.add(message);
        }
        return this;
    }

    EnterprisePageFieldErrors addGeneral(String message) {
        general.add(message);
        return this;
    }

    private static int position(List<String> formFields, String field) {
        int index = formFields.indexOf(field);
        return index < 0 ? formFields.size() : index;
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
}
