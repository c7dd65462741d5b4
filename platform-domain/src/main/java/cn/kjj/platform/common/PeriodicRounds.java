package cn.kjj.platform.common;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.context.SmartLifecycle;

/**
 * Work a node does every {@code interval} while the application runs, on a daemon thread of its own
 * (the audit chain's sealing, the release of expired vouchers): the first round one interval after the
 * start, each next one an interval after the last ended; stopping waits up to five seconds for a round
 * under way. A round must catch what it can survive: an exception ends the rounds.
 */
public abstract class PeriodicRounds implements SmartLifecycle {

    private final String threadName;
    private final Duration interval;
    private volatile ScheduledExecutorService rounds;

    protected PeriodicRounds(String threadName, Duration interval) {
        this.threadName = threadName;
        this.interval = interval;
    }

    /** One round of the work. */
    protected abstract void round();

    @Override
    public void start() {
        rounds = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, threadName);
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
