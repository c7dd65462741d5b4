package cn.kjj.platform.audit;

import java.time.Instant;

/**
 * One recorded change as the audit list shows it: its place in the hash chain ({@code seq},
 * {@code hash}), who, when, what, on which record of which region, and the record's state before
 * and after as JSON text ({@code null} where it did not exist). {@code seq} and {@code hash} are
 * {@code null} for a moment after the event is written, until the chain's sealer reaches it
 * (decision 0024).
 */
public record AuditEvent(long id, Long seq, Instant at, String actor, String action, String entityType,
                         String entityId, String regionCode, String before, String after, String hash) {
}
