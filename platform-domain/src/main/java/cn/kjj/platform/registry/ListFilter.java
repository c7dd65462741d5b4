package cn.kjj.platform.registry;

import java.util.Arrays;
import java.util.List;

/**
 * A list filter on a field that must equal a value: {@code kind=MAKERSPACE}, {@code year=2023}.
 * The field is the entity's attribute and the request parameter alike.
 *
 * @param type an enum (offered as choices) or {@code Integer}
 */
public record ListFilter(String field, Class<?> type) {

    public ListFilter {
        if (!type.isEnum() && type != Integer.class) {
            throw new IllegalArgumentException("a list filter is an enum or an Integer: " + type);
        }
    }

    /** What a page offers to choose from: the enum's constants; empty for a number typed in. */
    public List<?> choices() {
        return type.isEnum() ? Arrays.asList(type.getEnumConstants()) : List.of();
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
        return Arrays.stream(type.getEnumConstants()).filter(c -> ((Enum<?>) c).name().equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no " + type.getSimpleName() + " " + value));
    }
}
