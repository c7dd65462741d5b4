package cn.kjj.platform.audit;

import cn.kjj.platform.common.PeriodicRounds;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Seals the audit hash chain moments after events commit (decision 0024, V14): every
 * {@code platform.audit.seal-interval} (200 ms) each node asks {@code audit_chain_seal} to number
 * and hash the committed pending events. The function lets one session seal at a time across all
 * nodes (an advisory lock; the others skip their round), so nothing here needs coordinating.
 */
@Component
class AuditChainSealer extends PeriodicRounds {

    static final int BATCH = 1_000;
    private static final Logger log = LoggerFactory.getLogger(AuditChainSealer.class);

    private final JdbcClient jdbc;

    AuditChainSealer(JdbcClient jdbc, @Value("${platform.audit.seal-interval:200ms}") Duration interval) {
        super("audit-chain-sealer", interval);
        this.jdbc = jdbc;
    }

    /**
     * Seals every event committed (or written in the caller's transaction) so far; with
     * {@code wait}, waits for a sealer busy on another node instead of leaving the work to it.
     * Returns how many events this call sealed.
     */
    long sealPending(boolean wait) {
        long total = 0;
        int sealed;
        do {
            sealed = jdbc.sql("select audit_chain_seal(?, ?)").params(BATCH, wait).query(Integer.class).single();
            total += sealed;
        } while (sealed == BATCH);
        return total;
    }

    @Override
    protected void round() {
        try {
            sealPending(false);
        } catch (RuntimeException e) {
            // the database is unreachable for a moment, say: the next round seals what is pending
            log.warn("Could not seal the audit chain: {}", e.getMessage());
        }
    }
}
