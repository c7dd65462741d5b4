package cn.kjj.platform.audit;

import cn.kjj.platform.common.ClockConfiguration;
import cn.kjj.platform.common.FieldErrors;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * Which audit events to list; {@code null} fields do not filter. {@code from} is inclusive,
 * {@code to} exclusive. {@code regionCodes}, when set, keeps only events of records in those
 * regions (events without a region are then left out); the services set it from the reader's scope.
 */
public record AuditFilter(String entityType, String entityId, String actor, Instant from, Instant to,
                          Set<String> regionCodes) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }

    /**
     * The filter as people type it: blank means "any"; {@code from} and {@code to} are ISO-8601
     * instants ({@code 2026-03-01T08:00:00Z}) or dates (midnight in Beijing). Each unreadable time is
     * a field error ({@code error.audit.time}).
     */
    public static AuditFilter of(String entityType, String entityId, String actor, String from, String to) {
        FieldErrors errors = new FieldErrors();
        Instant start = instant("from", from, errors);
        Instant end = instant("to", to, errors);
        errors.throwIfAny();
        return new AuditFilter(blankToNull(entityType), blankToNull(entityId), blankToNull(actor), start, end, null);
    }

    public AuditFilter withinRegions(Set<String> codes) {
        return new AuditFilter(entityType, entityId, actor, from, to, codes == null ? null : Set.copyOf(codes));
    }

    private static Instant instant(String field, String text, FieldErrors errors) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ClockConfiguration.BUREAU_ZONE).toInstant()
                    : Instant.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(field, "error.audit.time", "must be a date (2026-03-01) or an instant (2026-03-01T08:00:00Z)");
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
