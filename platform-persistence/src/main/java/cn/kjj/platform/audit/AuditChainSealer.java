package cn.kjj.platform.audit;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Seals the audit hash chain moments after events commit (decision 0024, V14): every
 * {@code platform.audit.seal-interval} (200 ms) each node asks {@code audit_chain_seal} to number
 * and hash the committed pending events. The function lets one session seal at a time across all
 * nodes (an advisory lock; the others skip their round), so nothing here needs coordinating.
 */
@Component
class AuditChainSealer implements SmartLifecycle {

    static final int BATCH = 1_000;
    private static final Logger log = LoggerFactory.getLogger(AuditChainSealer.class);

    private final JdbcClient jdbc;
    private final Duration interval;
    private volatile ScheduledExecutorService rounds;

    AuditChainSealer(JdbcClient jdbc, @Value("${platform.audit.seal-interval:200ms}") Duration interval) {
        this.jdbc = jdbc;
        this.interval = interval;
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

    private void round() {
        try {
            sealPending(false);
        } catch (RuntimeException e) {
            // the database is unreachable for a moment, say: the next round seals what is pending
            log.warn("Could not seal the audit chain: {}", e.getMessage());
        }
    }

    @Override
    public void start() {
        rounds = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "audit-chain-sealer");
            thread.setDaemon(true);
            return thread;
        });
        rounds.scheduleWithFixedDelay(this::round, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = rounds;
        rounds = null;
        if (running != null) {
            running.shutdown();
            try {
                running.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return rounds != null;
    }
}
