package cn.kjj.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.account.AccountRepository;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * With {@code spring.datasource.url} set, the application uses that PostgreSQL: it starts no
 * embedded database of its own, Flyway builds the schema there, and demo data stays off unless
 * asked for. The "external" server here is a separate PostgreSQL process started by the test.
 */
class ExternalDatabaseTest {

    private static EmbeddedPostgres external;

    @BeforeAll
    static void startExternalServer() throws IOException {
        external = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
        JdbcClient.create(external.getPostgresDatabase()).sql("create database platform").update();
    }

    @AfterAll
    static void stopExternalServer() throws IOException {
        external.close();
    }

    @Test
    void anExternalDatabaseGetsTheSchemaAndNoDemoDataByDefault(@TempDir Path dataDir) {
        try (ConfigurableApplicationContext app = start(dataDir)) {
            assertThat(app.getBeansOfType(EmbeddedPostgres.class)).as("no embedded database started").isEmpty();
            JdbcClient jdbc = JdbcClient.create(external.getDatabase("postgres", "platform"));
            assertThat(jdbc.sql("select count(*) from region").query(Integer.class).single()).isEqualTo(9);
            assertThat(app.getBean(AccountRepository.class).findByUsername("admin")).isEmpty();
        }
        assertThat(dataDir.resolve("postgres")).doesNotExist();
    }

    @Test
    void demoDataCanBeSwitchedOnForAnExternalDatabase(@TempDir Path dataDir) {
        try (ConfigurableApplicationContext app = start(dataDir, "--platform.demo-data=true")) {
            assertThat(app.getBean(AccountRepository.class).findByUsername("official.jianghai")).isPresent();
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir, String... extra) {
        String[] base = {
                "--server.port=0",
                "--spring.datasource.url=" + external.getJdbcUrl("postgres", "platform"),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--platform.data-dir=" + dataDir,
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN"};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return new SpringApplicationBuilder(PlatformApplication.class).run(args);
    }
}
