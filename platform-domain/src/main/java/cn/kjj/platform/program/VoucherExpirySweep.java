package cn.kjj.platform.program;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Every {@code platform.voucher.release-interval} (an hour) releases what vouchers that expired since left
 * unredeemed (decision 0051), one program per transaction, so that a program's page and figures show the
 * budget given back without waiting for the next voucher to be issued (which releases first as well).
 * Several nodes may sweep at once: each program's row lock puts them one after the other and a voucher is
 * released once.
 */
@Component
class VoucherExpirySweep implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(VoucherExpirySweep.class);

    private final VoucherRelease release;
    private final Duration interval;
    private volatile ScheduledExecutorService rounds;

    VoucherExpirySweep(VoucherRelease release,
                       @Value("${platform.voucher.release-interval:PT1H}") Duration interval) {
        this.release = release;
        this.interval = interval;
    }

    /** One round: every program with something to release; returns how many programs gave money back. */
    int round() {
        int released = 0;
        try {
            for (Long programId : release.programsToRelease()) {
                if (release.releaseProgram(programId).signum() > 0) {
                    released++;
                }
            }
        } catch (RuntimeException e) {
            // the database is unreachable for a moment, say: the next round releases what is left
            log.warn("Could not release expired vouchers: {}", e.getMessage());
        }
        return released;
    }

    @Override
    public void start() {
        rounds = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "voucher-expiry-sweep");
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
            running.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return rounds != null;
    }
}
