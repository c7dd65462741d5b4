package cn.kjj.platform.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** Reads the audit events (all records) and checks their hash chain. */
public interface AuditEvents {

    /** Sortable by seq (the default, newest first), at, actor, entityType. */
    Page<AuditEvent> search(AuditFilter filter, Pageable pageable);

    /**
     * Seals the events committed so far (decision 0024), then walks the whole chain in order,
     * streaming, and says whether and where it is broken; call it outside a read-only transaction.
     */
    AuditChainCheck verify();
}
