package cn.kjj.platform.registry;

import java.util.Arrays;
import java.util.List;

/**
 * A field of a registry's form: how it is entered, whether it is required, its label and hint.
 *
 * @param name      the form's parameter, the input's id, and the details' component it fills
 * @param input     how it is entered and read
 * @param required  marked with *; the domain decides what is really required
 * @param label     the message key after {@code prefix.field.}
 * @param hint      a message key shown under the field, or null
 * @param maxLength the most characters the input takes, or null
 * @param choices   the enum a {@link Input#CHOICE} offers
 * @param target    the details' component the field fills when it is not {@code name}
 *                  (a credit code fills the enterprise's id)
 */
public record FormField(String name, Input input, boolean required, String label, String hint, Integer maxLength,
                        String fieldClass, Class<?> choices, String target) {

    /** How a field is entered and read. */
    public enum Input {
        TEXT, TEXTAREA, CHOICE, REGION, DECIMAL, INTEGER, DATE,
        /** One or more of an enum's constants (check boxes), filling a list. */
        CHOICES,
        /** An enterprise by its unified social credit code ({@link CreditCodes}). */
        CREDIT_CODE
    }

    public static FormField text(String name, int maxLength) {
        return new FormField(name, Input.TEXT, false, name, null, maxLength, null, null, name);
    }

    public static FormField textarea(String name, int maxLength) {
        return new FormField(name, Input.TEXTAREA, false, name, null, maxLength, null, null, name);
    }

    public static FormField choice(String name, Class<? extends Enum<?>> choices) {
        return new FormField(name, Input.CHOICE, true, name, null, null, null, choices, name);
    }

    /** One or more constants of {@code choices}, filling a list component. */
    public static FormField choices(String name, Class<? extends Enum<?>> choices) {
        return new FormField(name, Input.CHOICES, true, name, null, null, null, choices, name);
    }

    /** The region the record is kept in, from the regions the writer may use. */
    public static FormField region() {
        return new FormField("regionCode", Input.REGION, true, "regionCode", null, null, null, null, "regionCode");
    }

    public static FormField decimal(String name, String hint) {
        return new FormField(name, Input.DECIMAL, false, name, hint, null, null, null, name);
    }

    public static FormField integer(String name) {
        return new FormField(name, Input.INTEGER, false, name, null, null, null, null, name);
    }

    public static FormField date(String name) {
        return new FormField(name, Input.DATE, false, name, null, null, null, null, name);
    }

    /** An enterprise named by its credit code, filling the details' {@code target} (its id). */
    public static FormField creditCode(String name, String target, String hint) {
        return new FormField(name, Input.CREDIT_CODE, false, name, hint, 18, null, null, target);
    }

    /** The field of {@code fields} that shows a domain field's errors (a credit code shows the enterprise id's). */
    public static String showing(List<FormField> fields, String domainField) {
        return fields.stream().filter(f -> f.target().equals(domainField)).map(FormField::name).findFirst()
                .orElse(domainField);
    }

    /** The choices a {@link Input#CHOICE} offers. */
    public List<?> options() {
        return choices == null ? List.of() : Arrays.asList(choices.getEnumConstants());
    }

    public FormField asRequired() {
        return new FormField(name, input, true, label, hint, maxLength, fieldClass, choices, target);
    }

    public FormField labelled(String key) {
        return new FormField(name, input, required, key, hint, maxLength, fieldClass, choices, target);
    }

    public FormField maxLength(int length) {
        return new FormField(name, input, required, label, hint, length, fieldClass, choices, target);
    }

    /** A narrow field, for a date or a year. */
    public FormField narrow() {
        return new FormField(name, input, required, label, hint, maxLength, "form__field--narrow", choices, target);
    }
}
