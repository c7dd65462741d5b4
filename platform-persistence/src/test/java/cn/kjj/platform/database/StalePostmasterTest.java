package cn.kjj.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of the application leaves its embedded postmaster running on the data directory.
 * The next start must stop that orphan ({@link StalePostmaster#clear}) and come up on the same data.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class StalePostmasterTest {

    private static final Duration CHILD_START = Duration.ofSeconds(60);

    @TempDir
    Path tempDir;

    private Process child;
    private Long orphanPid;

    @Test
    void aPostmasterLeftByAKilledJvmIsStoppedAndTheDatabaseStartsAgainOnTheSameDirectory() throws Exception {
        Path dataDirectory = tempDir.resolve("postgres");
        startChildAndWaitUntilReady(dataDirectory);

        child.destroyForcibly();
        assertThat(child.waitFor(10, TimeUnit.SECONDS)).as("the child JVM died").isTrue();
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        assertThat(pidFile).exists();
        orphanPid = Long.parseLong(Files.readAllLines(pidFile, StandardCharsets.UTF_8).get(0).trim());
        Optional<ProcessHandle> orphan = ProcessHandle.of(orphanPid);
        assertThat(orphan).as("the postmaster outlived its JVM").isPresent();
        assertThat(orphan.get().isAlive()).isTrue();

        StalePostmaster.clear(dataDirectory);

        assertThat(orphan.get().isAlive()).as("the orphan was stopped").isFalse();
        assertThat(pidFile).doesNotExist();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .start();
             Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select 1")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void aLockFileWhoseProcessIsGoneIsRemoved() throws IOException {
        Path dataDirectory = Files.createDirectories(tempDir.resolve("postgres"));
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        // pid_max on Linux is at most 2^22, so this process cannot exist
        Files.write(pidFile, List.of("99999999", dataDirectory.toString()), StandardCharsets.UTF_8);

        StalePostmaster.clear(dataDirectory);

        assertThat(pidFile).doesNotExist();
    }

    @Test
    void aDirectoryWithoutLockFileIsLeftAlone() throws IOException {
        Path dataDirectory = Files.createDirectories(tempDir.resolve("postgres"));
        Path conf = Files.writeString(dataDirectory.resolve("postgresql.conf"), "# kept");

        StalePostmaster.clear(dataDirectory);

        assertThat(conf).hasContent("# kept");
    }

    private void startChildAndWaitUntilReady(Path dataDirectory) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        child = new ProcessBuilder(java.toString(), "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                OrphanedPostmasterMain.class.getName(), dataDirectory.toString())
                .redirectErrorStream(true)
                .start();
        CompletableFuture<Void> ready = new CompletableFuture<>();
        StringBuilder output = new StringBuilder();
        Thread reader = new Thread(() -> readUntilReady(ready, output), "child-output");
        reader.setDaemon(true);
        reader.start();
        try {
            ready.get(CHILD_START.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the child JVM did not start PostgreSQL within " + CHILD_START + ":\n"
                    + output, e);
        }
    }

    private void readUntilReady(CompletableFuture<Void> ready, StringBuilder output) {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                synchronized (output) {
                    output.append(line).append('\n');
                }
                if (line.startsWith(OrphanedPostmasterMain.READY)) {
                    ready.complete(null);
                }
            }
            ready.completeExceptionally(new IllegalStateException("the child JVM ended before READY"));
        } catch (IOException e) {
            ready.completeExceptionally(e);
        }
    }

    /** Leaves no process behind when an assertion failed half way. */
    @AfterEach
    void stopWhatThisTestStarted() {
        if (child != null && child.isAlive()) {
            child.destroyForcibly();
        }
        if (orphanPid != null) {
            // only while it is still our postmaster, never a process that reused the pid
            ProcessHandle.of(orphanPid).filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false))
                    .ifPresent(p -> {
                        p.destroyForcibly();
                        p.onExit().orTimeout(10, TimeUnit.SECONDS).join();
                    });
        }
    }
}
