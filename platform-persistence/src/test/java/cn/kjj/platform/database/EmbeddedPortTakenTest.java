package cn.kjj.platform.database;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fixed port already held by another PostgreSQL (say an orphan of another data directory) must
 * stop the start, not let the platform work on that server's data.
 */
class EmbeddedPortTakenTest {

    @Test
    void aPortHeldByAnotherPostgresqlStopsTheStart(@TempDir Path other, @TempDir Path ours) throws Exception {
        try (EmbeddedPostgres stranger = EmbeddedPostgres.builder().setDataDirectory(other)
                .setCleanDataDirectory(false).setRegisterShutdownHook(false).start()) {
            EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(ours,
                    new EmbeddedDatabaseProperties.EmbeddedDb(stranger.getPort(), false));

            assertThatThrownBy(() -> new EmbeddedPostgresAutoConfiguration().embeddedPostgres(properties))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("is held by another PostgreSQL");
        }
    }
}
