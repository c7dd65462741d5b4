package cn.kjj.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import cn.kjj.platform.account.AccountPrincipal;
import cn.kjj.platform.account.ApiTokenService;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Acceptance (issue 8): with its database stopped, the running application answers the API with
 * a 503 problem (Retry-After, request id), the portal with its 503 page, and health is DOWN;
 * when the database comes back both recover by themselves, without a restart. The database is
 * a separate PostgreSQL process on a fixed port that the test stops and starts again. The log
 * line of a failed request carries its request id.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseOutageTest {

    private static final String REQUEST_ID = "outage-check-1";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void theApiAnswers503AndHealthIsDownWhileTheDatabaseIsStoppedAndBothRecover(@TempDir Path databaseDir,
            @TempDir Path dataDir, CapturedOutput output) throws Exception {
        int databasePort = freePort();
        EmbeddedPostgres database = startDatabase(databaseDir, databasePort);
        JdbcClient.create(database.getPostgresDatabase()).sql("create database platform").update();
        try (ConfigurableApplicationContext app = start(database, dataDir)) {
            String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            AccountPrincipal admin = (AccountPrincipal) app.getBean(UserDetailsService.class).loadUserByUsername("admin");
            String bearer = "Bearer " + app.getBean(ApiTokenService.class).issue(admin, "outage test", 1).token();
            MockMvc portal = MockMvcBuilders.webAppContextSetup((WebApplicationContext) app).apply(springSecurity()).build();
            assertThat(get(base + "/api/v1/regions", bearer).statusCode()).isEqualTo(200);

            database.close();

            HttpResponse<String> api = get(base + "/api/v1/regions", bearer);
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
            assertThat(api.headers().firstValue("Retry-After")).hasValue("10");
            assertThat(api.body()).contains("\"code\":\"error.unavailable\"", "\"requestId\":\"" + REQUEST_ID + "\"")
                    .doesNotContain("Exception", "Hikari");
            HttpResponse<String> health = get(base + "/actuator/health", null);
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("\"status\":\"DOWN\"");
            MvcResult page = portal.perform(MockMvcRequestBuilders.get("/contracts").with(user(admin))).andReturn();
            assertThat(page.getResponse().getStatus()).isEqualTo(503);
            assertThat(page.getResponse().getContentAsString()).contains("服务暂时不可用").doesNotContain("Exception");
            assertThat(output.getOut().lines().filter(line -> line.contains("Database unavailable")))
                    .as("the log line of the failed request, with its id")
                    .anySatisfy(line -> assertThat(line).contains("[" + REQUEST_ID + "]"));

            database = startDatabase(databaseDir, databasePort);

            assertThat(awaitStatus(base + "/api/v1/regions", bearer, 200)).isEqualTo(200);
            assertThat(awaitStatus(base + "/actuator/health", null, 200)).isEqualTo(200);
            assertThat(get(base + "/actuator/health", null).body()).contains("\"status\":\"UP\"");
        } finally {
            database.close();
        }
    }

    private HttpResponse<String> get(String uri, String bearer) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30))
                .header("X-Request-Id", REQUEST_ID);
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The status of {@code uri} once it is {@code wanted}, or the last one after 30 seconds. */
    private int awaitStatus(String uri, String bearer, int wanted) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        int status = get(uri, bearer).statusCode();
        while (status != wanted && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            status = get(uri, bearer).statusCode();
        }
        return status;
    }

    private static EmbeddedPostgres startDatabase(Path directory, int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(false).setPort(port)
                .setRegisterShutdownHook(false).start();
    }

    private static ConfigurableApplicationContext start(EmbeddedPostgres database, Path dataDir) {
        return new SpringApplicationBuilder(PlatformApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + database.getJdbcUrl("postgres", "platform"),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--platform.data-dir=" + dataDir,
                "--platform.demo-data=true",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
