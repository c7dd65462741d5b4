package cn.kjj.platform.registry;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A list filter: a request parameter and the value it names ({@code kind=MAKERSPACE},
 * {@code year=2023}, {@code highTech=true}). By default the entity's attribute of the same name
 * must equal it; a {@link Criterion} says otherwise (an enterprise is high-tech when a certificate
 * is in force; null: the default).
 *
 * @param type an enum (offered as choices), {@code Integer} or {@code Boolean}
 */
public record ListFilter(String field, Class<?> type, Criterion criterion) {

    private static final Set<String> TRUE = Set.of("true", "on", "yes", "1");
    private static final Set<String> FALSE = Set.of("false", "off", "no", "0");

    /** What the filter's value asks of a record, as criteria. */
    @FunctionalInterface
    public interface Criterion {
        Predicate where(Root<?> root, CriteriaQuery<?> query, CriteriaBuilder cb, Object value);
    }

    public ListFilter {
        if (!type.isEnum() && type != Integer.class && type != Boolean.class) {
            throw new IllegalArgumentException("a list filter is an enum, an Integer or a Boolean: " + type);
        }
    }

    public ListFilter(String field, Class<?> type) {
        this(field, type, null);
    }

    /** What a page offers to choose from: the enum's constants, yes and no; empty for a number typed in. */
    public List<?> choices() {
        return type.isEnum() ? Arrays.asList(type.getEnumConstants())
                : type == Boolean.class ? List.of(true, false) : List.of();
    }

    /**
     * The value the text names, or null when blank.
     *
     * @throws IllegalArgumentException when it names none
     */
    public Object parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (type == Integer.class) {
            return Integer.valueOf(value);
        }
        if (type == Boolean.class) {
            String lower = value.toLowerCase(Locale.ROOT);
            if (TRUE.contains(lower) || FALSE.contains(lower)) {
                return TRUE.contains(lower);
            }
            throw new IllegalArgumentException("not true or false: " + value);
        }
        return Arrays.stream(type.getEnumConstants()).filter(c -> ((Enum<?>) c).name().equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no " + type.getSimpleName() + " " + value));
    }
}
