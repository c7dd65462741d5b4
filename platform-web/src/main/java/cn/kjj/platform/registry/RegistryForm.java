package cn.kjj.platform.registry;

import cn.kjj.platform.common.InvalidInputException.FieldError;
import cn.kjj.platform.portal.RegistryForms;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A registry's form as the browser sent it (or as a record fills it): each field's text as typed,
 * so that what was typed comes back beside its error, and the version the form was opened at
 * (edits only: a stale form is refused).
 */
public final class RegistryForm {

    private final Map<String, String> values;
    private final Long version;

    /** A new record's form, filled with these values. */
    public static RegistryForm of(Map<String, String> values) {
        return new RegistryForm(new LinkedHashMap<>(values), null);
    }

    RegistryForm(Map<String, String> values, Long version) {
        this.values = values;
        this.version = version;
    }

    /** The fields as sent. */
    public static RegistryForm read(HttpServletRequest request, List<FormField> fields) {
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach(f -> values.put(f.name(), f.input() == FormField.Input.CHOICES
                ? String.join(",", Objects.requireNonNullElse(request.getParameterValues(f.name()), new String[0]))
                : request.getParameter(f.name())));
        String version = request.getParameter("version");
        return new RegistryForm(values, version != null && version.matches("[0-9]{1,18}") ? Long.valueOf(version)
                : null);
    }

    /** The form of a record: its view's values as a form shows them. */
    public static RegistryForm of(Object view, List<FormField> fields, long version) {
        Map<String, String> values = new LinkedHashMap<>();
        for (FormField f : fields) {
            Object value = Records.value(view, f.input() == FormField.Input.CREDIT_CODE
                    ? f.target().replaceFirst("Id$", "CreditCode") : f.name());
            values.put(f.name(), value == null ? null : value instanceof Enum<?> e ? e.name()
                    : value instanceof BigDecimal d ? d.toPlainString()
                    : value instanceof Collection<?> several ? several.stream().map(c -> ((Enum<?>) c).name())
                            .collect(Collectors.joining(",")) : value.toString());
        }
        return new RegistryForm(values, version);
    }

    public String value(String field) {
        return values.get(field);
    }

    /** The constants a {@link FormField.Input#CHOICES} field has chosen (unknown ones left out). */
    public List<Object> chosen(FormField f) {
        String text = values.get(f.name());
        return text == null || text.isBlank() ? List.of() : Arrays.stream(text.split(","))
                .flatMap(name -> f.options().stream().filter(c -> ((Enum<?>) c).name().equals(name)))
                .map(Object.class::cast).toList();
    }

    public Long version() {
        return version;
    }

    /**
     * The details the form says; what cannot be read (a number that is none, a date that is no
     * date, a choice not on the list, an unknown credit code) is added to {@code problems}.
     */
    public <D> D toDetails(Class<D> type, List<FormField> fields, CreditCodes enterprises,
                    List<FieldError> problems) {
        Map<String, Object> read = new HashMap<>();
        for (FormField f : fields) {
            read.put(f.target(), read(f, values.get(f.name()), enterprises, problems));
        }
        return Records.create(type, read);
    }

    /**
     * The id of the enterprise whose unified social credit code the text is, or null when blank; a code of no
     * enterprise the caller may name adds an error and gives null.
     */
    public static Long enterprise(String field, String text, CreditCodes enterprises, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return enterprises.idByCreditCode(text).orElseGet(() -> {
            errors.add(new FieldError(field, "error.enterprise.unknown", "no such enterprise"));
            return null;
        });
    }

    private static Object read(FormField f, String text, CreditCodes enterprises, List<FieldError> problems) {
        boolean blank = text == null || text.isBlank();
        return switch (f.input()) {
            case DECIMAL -> RegistryForms.decimal(f.name(), text, problems);
            case INTEGER -> RegistryForms.integer(f.name(), text, problems);
            case DATE -> RegistryForms.date(f.name(), text, problems);
            case CHOICE -> blank ? null : choice(f, text.strip(), problems);
            case CHOICES -> blank ? List.of() : Arrays.stream(text.split(",")).map(c -> choice(f, c.strip(), problems))
                    .filter(Objects::nonNull).toList();
            case CREDIT_CODE -> enterprise(f.name(), text, enterprises, problems);
            default -> text;
        };
    }

    private static Object choice(FormField f, String text, List<FieldError> problems) {
        for (Object constant : f.choices().getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(text)) {
                return constant;
            }
        }
        problems.add(new FieldError(f.name(), RegistryForms.INVALID, "is not a valid value"));
        return null;
    }
}
