package cn.kjj.platform.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JVM killed with {@code kill -9} leaves its embedded postmaster running on the data
 * directory, and the next start would fail on the lock. Before starting, stop such an orphan
 * (fast shutdown, then kill) and remove a lock file whose process is gone.
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);
    private static final Duration GRACE = Duration.ofSeconds(15);

    private StalePostmaster() {
    }

    static void clear(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        Optional<Long> pid = readPid(pidFile);
        Optional<ProcessHandle> process = pid.flatMap(ProcessHandle::of).filter(StalePostmaster::isPostgres);
        if (process.isPresent()) {
            stop(process.get());
        } else {
            log.info("Removing stale postmaster.pid (process {} is gone) in {}", pid.orElse(null), dataDirectory);
        }
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot remove stale " + pidFile, e);
        }
    }

    private static void stop(ProcessHandle process) {
        log.warn("Stopping orphaned PostgreSQL (pid {}) left behind by an earlier run", process.pid());
        try {
            // SIGINT is PostgreSQL's "fast" shutdown; ProcessHandle only offers TERM and KILL
            new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor(5, TimeUnit.SECONDS);
            process.onExit().get(GRACE.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            log.warn("PostgreSQL pid {} did not stop in {}; killing it", process.pid(), GRACE);
            process.destroyForcibly();
            process.onExit().join();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(c -> c.contains("postgres")).orElse(true);
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
