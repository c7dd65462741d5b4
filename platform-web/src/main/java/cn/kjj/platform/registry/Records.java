package cn.kjj.platform.registry;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;

/** Reading a record's components by name and making a record of named values: what lets pages be declared. */
final class Records {

    private Records() {
    }

    /** The value of the record's component {@code name}. */
    static Object value(Object record, String name) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                try {
                    return component.getAccessor().invoke(record);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + name, e);
                }
            }
        }
        throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no " + name);
    }

    /** The type of the record's component {@code name}. */
    static Class<?> type(Object record, String name) {
        return Arrays.stream(record.getClass().getRecordComponents()).filter(c -> c.getName().equals(name))
                .findFirst().map(RecordComponent::getType)
                .orElseThrow(() -> new IllegalArgumentException(record.getClass().getSimpleName() + " has no " + name));
    }

    /** A record of {@code type} with these values by component name; a missing one is null. */
    static <T> T create(Class<T> type, Map<String, Object> values) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] arguments = Arrays.stream(components).map(c -> values.get(c.getName())).toArray();
        try {
            return type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new)).newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a " + type.getSimpleName(), e);
        }
    }
}
