package cn.kjj.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Where Docker runs, the application against the official PostgreSQL 17 image through
 * {@code @ServiceConnection} (which wins over the embedded database). Skipped without Docker.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class PostgresContainerTest {

    @Container
    @ServiceConnection
    static PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:17-alpine");

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSchemaIsMigratedOnTheContainerAndNoEmbeddedDatabaseStarts() {
        assertThat(context.getBeansOfType(EmbeddedPostgres.class)).isEmpty();
        assertThat(jdbc.sql("select version()").query(String.class).single()).contains("PostgreSQL 17");
        assertThat(jdbc.sql("select count(*) from region where level = 'DISTRICT'").query(Integer.class).single())
                .isEqualTo(7);
    }
}
