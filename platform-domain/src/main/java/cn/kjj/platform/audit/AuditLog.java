package cn.kjj.platform.audit;

/**
 * Records who did what to which record, with its state before and after, in the same
 * transaction as the change itself. The actor is taken from the current security context
 * ("system" when there is none). {@code before} and {@code after} are records or maps that
 * are stored as JSON; pass {@code null} for "did not exist" / "no longer exists".
 */
public interface AuditLog {

    void record(String action, String entityType, Object entityId, String regionCode, Object before, Object after);
}
