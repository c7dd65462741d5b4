package cn.kjj.platform.registry;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a registry list is narrowed to; every part is optional. The reader's scope applies on top
 * and cannot be widened by {@code region}.
 *
 * @param region a region code; a city includes its districts
 * @param q      text in the columns the registry searches
 * @param equal  fields and the values they must have (the registry's {@link ListFilter}s)
 */
public record RegistryQuery(String region, String q, Map<String, Object> equal) {

    public RegistryQuery {
        equal = Collections.unmodifiableMap(new LinkedHashMap<>(equal));
    }

    public static RegistryQuery of(String region, String q) {
        return new RegistryQuery(region, q, Map.of());
    }

    public static RegistryQuery none() {
        return of(null, null);
    }

    /** The same query with {@code field} equal to {@code value}; a null value adds nothing. */
    public RegistryQuery with(String field, Object value) {
        if (value == null) {
            return this;
        }
        Map<String, Object> more = new LinkedHashMap<>(equal);
        more.put(field, value);
        return new RegistryQuery(region, q, more);
    }
}
