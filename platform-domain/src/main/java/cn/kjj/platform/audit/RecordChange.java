package cn.kjj.platform.audit;

import java.time.Instant;

/**
 * One recorded change of any record (an enterprise, a certificate, a registry entry): who, when,
 * what, and the record's state before and after as JSON text ({@code null} where it did not exist).
 */
public record RecordChange(long id, Instant at, String actor, String action, String entityType, String entityId,
                           String before, String after) {

    public static RecordChange of(String entityType, Object entityId, AuditTrail.Entry e) {
        return new RecordChange(e.id(), e.at(), e.actor(), e.action(), entityType, String.valueOf(entityId),
                e.before(), e.after());
    }
}
