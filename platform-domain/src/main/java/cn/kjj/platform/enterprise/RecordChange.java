package cn.kjj.platform.enterprise;

import cn.kjj.platform.audit.AuditTrail;
import java.time.Instant;

/**
 * One recorded change of an enterprise or of one of its certificates: who, when, what, and the
 * record's state before and after as JSON text ({@code null} where it did not exist).
 */
public record RecordChange(long id, Instant at, String actor, String action, String entityType, String entityId,
                           String before, String after) {

    static RecordChange of(String entityType, Object entityId, AuditTrail.Entry e) {
        return new RecordChange(e.id(), e.at(), e.actor(), e.action(), entityType, String.valueOf(entityId),
                e.before(), e.after());
    }
}
