package cn.kjj.platform.contract;

import cn.kjj.platform.common.InvalidInputException.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The form's errors in the reader's language, by form field, for the messages beside each
 * field ({@code ${errors.has('title')}}, {@code ${errors.of('title')}}); errors that belong to
 * no field of the form are {@link #general()}.
 */
public final class ContractPageFieldErrors {

    static final Set<String> FORM_FIELDS = Set.of("title", "type", "subtype", "technologyField", "buyerName",
            "buyerCreditCode", "buyerRegionCode", "buyerCountry", "signedOn", "validFrom", "validTo",
            "contractAmount", "techTransactionAmount", "sellerCreditCode");

    private final Map<String, List<String>> byField = new LinkedHashMap<>();
    private final List<String> general = new ArrayList<>();

    static ContractPageFieldErrors none() {
        return new ContractPageFieldErrors();
    }

    static ContractPageFieldErrors of(List<FieldError> errors, ContractPageMessages messages, Locale locale) {
        ContractPageFieldErrors result = new ContractPageFieldErrors();
        for (FieldError error : errors) {
            result.add(ContractPageForm.formField(error.field()), messages.field(error, locale));
        }
        return result;
    }

    void add(String field, String message) {
        if (field != null && FORM_FIELDS.contains(field)) {
            List<String> messages = byField.computeIfAbsent(field, f -> new ArrayList<>());
            if (!messages.contains(message)) {
                messages.add(message);
            }
        } else if (!general.contains(message)) {
            general.add(message);
        }
    }

    void addGeneral(String message) {
        general.add(message);
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
