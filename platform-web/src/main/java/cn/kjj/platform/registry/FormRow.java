package cn.kjj.platform.registry;

import java.util.List;

/**
 * Fields shown side by side on a registry's form; a row with a legend is a group (fieldset).
 *
 * @param legend a message key, or null
 */
public record FormRow(String legend, List<FormField> fields) {

    public static FormRow of(FormField... fields) {
        return new FormRow(null, List.of(fields));
    }

    public static FormRow group(String legend, FormField... fields) {
        return new FormRow(legend, List.of(fields));
    }
}
