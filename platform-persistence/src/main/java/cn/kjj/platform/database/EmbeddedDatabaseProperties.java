package cn.kjj.platform.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL that runs when no {@code spring.datasource.url} is given.
 *
 * @param dataDir   the platform's data directory ({@code platform.data-dir}); the database
 *                  files live in its {@code postgres/} sub-directory and survive restarts
 * @param embeddedDb port and lifetime of the embedded server
 */
@ConfigurationProperties(prefix = "platform")
public record EmbeddedDatabaseProperties(Path dataDir, EmbeddedDb embeddedDb) {

    public EmbeddedDatabaseProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        embeddedDb = embeddedDb == null ? new EmbeddedDb(0, false) : embeddedDb;
    }

    /**
     * @param port      TCP port on localhost; 0 picks a free one
     * @param ephemeral a throw-away directory, removed on close (tests)
     */
    public record EmbeddedDb(int port, boolean ephemeral) {
    }

    Path postgresDirectory() {
        return dataDir.resolve("postgres").toAbsolutePath().normalize();
    }
}
