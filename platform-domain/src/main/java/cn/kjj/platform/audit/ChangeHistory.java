package cn.kjj.platform.audit;

import cn.kjj.platform.common.ClockConfiguration;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;

/**
 * A record's change history as people read it: each audit event with the fields that changed,
 * before and after. Works for any record whose audit events hold its state as a JSON object;
 * the portal's {@code fragments/history.html} shows it.
 */
@Component("changeHistory")
public class ChangeHistory {

    /** One field that changed; values as text, {@code null} where there was none. */
    public record FieldChange(String field, String before, String after) {
    }

    /**
     * One recorded change.
     *
     * @param before  the record's state before (JSON object), or {@code null} when it was created
     * @param after   its state after, or {@code null}
     * @param changes the fields whose value differs, in the order given to {@link #of}
     */
    public record Entry(Instant at, String actor, String action, String entityType, String entityId,
                        Map<String, Object> before, Map<String, Object> after, List<FieldChange> changes) {

        /** A field's value after the change, or before it when the record no longer has one; else null. */
        public String value(String field) {
            Object value = after != null && after.get(field) != null ? after.get(field)
                    : before == null ? null : before.get(field);
            return text(value);
        }
    }

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ClockConfiguration.BUREAU_ZONE);

    private final ObjectReader reader;

    ChangeHistory(ObjectMapper json) {
        // amounts stay exact: 52000000.50, never 5.20000005E7
        this.reader = json.readerFor(Object.class).with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    /** When a change was made, as the bureau's local time to the minute (for pages). */
    public String time(Instant at) {
        return at == null ? "" : MINUTES.format(at);
    }

    /** The entries in the order given; {@code fieldOrder} puts known fields first, the others follow. */
    public List<Entry> of(List<RecordChange> changes, List<String> fieldOrder) {
        return changes.stream().map(c -> entry(c, fieldOrder)).toList();
    }

    private Entry entry(RecordChange c, List<String> fieldOrder) {
        Map<String, Object> before = parse(c.before());
        Map<String, Object> after = parse(c.after());
        Set<String> fields = new LinkedHashSet<>(fieldOrder);
        if (before != null) {
            fields.addAll(before.keySet());
        }
        if (after != null) {
            fields.addAll(after.keySet());
        }
        List<FieldChange> differences = new ArrayList<>();
        for (String field : fields) {
            Object was = before == null ? null : before.get(field);
            Object is = after == null ? null : after.get(field);
            if (!same(was, is)) {
                differences.add(new FieldChange(field, text(was), text(is)));
            }
        }
        return new Entry(c.at(), c.actor(), c.action(), c.entityType(), c.entityId(), before, after,
                List.copyOf(differences));
    }

    /**
     * A state as a map of fields; null where there was none, and for a state stored as a bare value
     * rather than an object (the AuditLog asks for records or maps; early events of closing a demand
     * stored its status alone): the entry then shows its action without fields.
     */
    @SuppressWarnings("unchecked")
    private Map<String, Object> parse(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        Object value = reader.readValue(json);
        return value instanceof Map<?, ?> map ? Collections.unmodifiableMap((Map<String, Object>) map) : null;
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString())) == 0;
        }
        return Objects.equals(a, b);
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value);
    }
}
