package cn.kjj.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/**
 * A fixed port already held by another PostgreSQL (say an orphan of another data directory) must
 * stop the start, not let the platform work on that server's data, and leave no server of ours running.
 */
class EmbeddedPortTakenTest {

    @Test
    void aPortHeldByAnotherPostgresqlStopsTheStart(@TempDir Path ours) throws Exception {
        // the stranger's directory is removed by hand, leniently: on a loaded machine its server may
        // still be writing while it stops, which made JUnit's own clean-up of a @TempDir fail the test
        Path other = Files.createTempDirectory("stranger-pg");
        try (EmbeddedPostgres stranger = EmbeddedPostgres.builder().setDataDirectory(other)
                .setCleanDataDirectory(false).setRegisterShutdownHook(false).start()) {
            EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(ours,
                    new EmbeddedDatabaseProperties.EmbeddedDb(stranger.getPort(), false));

            assertThatThrownBy(() -> new EmbeddedPostgresAutoConfiguration().embeddedPostgres(properties))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("is held by another PostgreSQL");
            // and the server the refused start had started in our directory is stopped again, not left running
            assertThat(properties.postgresDirectory().resolve("postmaster.pid")).doesNotExist();
        } finally {
            deleteLeniently(other);
        }
    }

    private static void deleteLeniently(Path directory) {
        try {
            FileSystemUtils.deleteRecursively(directory);
        } catch (IOException stillInUse) {
            // a file the stopping server wrote late: the rest stays in the system's temporary directory
        }
    }
}
