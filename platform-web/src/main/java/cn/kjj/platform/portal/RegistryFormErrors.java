package cn.kjj.platform.portal;

import cn.kjj.platform.common.InvalidInputException.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.springframework.context.MessageSource;

/**
 * A registry form's errors in the reader's language, by form field, for the message beside each
 * field ({@code ${errors.has('name')}}, {@code ${errors.of('name')}}); errors of no field of the
 * form are {@link #general()}. Codes are resolved through the messages files, the domain's
 * default text standing in for a missing one.
 */
public final class RegistryFormErrors {

    private final Map<String, List<String>> byField = new LinkedHashMap<>();
    private final List<String> general = new ArrayList<>();

    public static RegistryFormErrors none() {
        return new RegistryFormErrors();
    }

    /**
     * @param formField maps a domain field (e.g. {@code hostEnterpriseId}) to the form's field
     *                  that shows it (e.g. {@code hostCreditCode})
     */
    public static RegistryFormErrors of(List<FieldError> errors, Set<String> formFields,
                                        UnaryOperator<String> formField, MessageSource messages, Locale locale) {
        RegistryFormErrors result = new RegistryFormErrors();
        for (FieldError error : errors) {
            String message = messages.getMessage(error.code(), null, error.defaultMessage(), locale);
            String field = formField.apply(error.field());
            if (field != null && formFields.contains(field)) {
                List<String> list = result.byField.computeIfAbsent(field, f -> new ArrayList<>());
                if (!list.contains(message)) {
                    list.add(message);
                }
            } else if (!result.general.contains(message)) {
                result.general.add(message);
            }
        }
        return result;
    }

    public RegistryFormErrors addGeneral(String message) {
        general.add(message);
        return this;
    }

    /** A message already in the reader's language beside {@code field} (e.g. one that names what was typed). */
    public RegistryFormErrors addField(String field, String message) {
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
