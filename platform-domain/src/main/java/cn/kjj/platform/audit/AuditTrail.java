package cn.kjj.platform.audit;

import java.time.Instant;
import java.util.List;

/** Reads the audit events of one record: its history of changes, oldest first. */
public interface AuditTrail {

    /**
     * One recorded change: who, when, what kind, and the record's state before and after as
     * JSON text ({@code null} where it did not exist).
     */
    record Entry(long id, Instant at, String actor, String action, String before, String after) {
    }

    List<Entry> of(String entityType, Object entityId);
}
