package cn.kjj.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import cn.kjj.platform.account.AccountService;
import cn.kjj.platform.account.ApiTokenService;
import cn.kjj.platform.account.NewAccount;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.Role;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
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
 * line of a failed request carries its request id. A person signed in before the outage, whose
 * session lives in that database, gets the same 503 answers with the session cookie (rather
 * than a 500 from the session store), a login attempt the 503 page, and the session works again
 * once the database is back.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseOutageTest {

    private static final String REQUEST_ID = "outage-check-1";

    private static final String USERNAME = "outage.person";
    private static final String PASSWORD = "Outage-passw0rd";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theApiAnswers503AndHealthIsDownWhileTheDatabaseIsStoppedAndBothRecover(@TempDir Path databaseDir,
            @TempDir Path dataDir, CapturedOutput output) throws Exception {
        int databasePort = freePort();
        EmbeddedPostgres database = startDatabase(databaseDir, databasePort);
        JdbcClient.create(database.getPostgresDatabase()).sql("create database platform").update();
        try (ConfigurableApplicationContext app = start(database, dataDir)) {
            String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            app.getBean(AccountService.class).create(new NewAccount(USERNAME, PASSWORD, "停库用户",
                    Set.of(Role.ADMIN), null, null));
            AccountPrincipal admin = (AccountPrincipal) app.getBean(UserDetailsService.class).loadUserByUsername(USERNAME);
            String bearer = "Bearer " + app.getBean(ApiTokenService.class).issue(admin, "outage test", 1).token();
            // as in the running application, the outage filter wraps the security chain
            MockMvc portal = MockMvcBuilders.webAppContextSetup((WebApplicationContext) app)
                    .addFilters(app.getBean("databaseOutageFilter", FilterRegistrationBean.class).getFilter())
                    .apply(springSecurity()).build();
            assertThat(get(base + "/api/v1/regions", bearer).statusCode()).isEqualTo(200);
            String session = signedIn(base);
            Page loginForm = send(base + "/login", null, HttpRequest.newBuilder().GET());

            database.close();

            assertSignedInPersonSees503(base, session);
            Page login = send(base + "/login", loginForm.session(), form(Map.of("_csrf", loginForm.csrf(),
                    "username", USERNAME, "password", PASSWORD)));
            assertThat(login.status()).as("a login attempt during the outage").isEqualTo(503);
            assertThat(login.location()).as("not \"wrong password\"").isEmpty();
            assertThat(login.body()).contains("服务暂时不可用").doesNotContain("Exception");
            Page newVisitor = send(base + "/login", null, HttpRequest.newBuilder().GET());
            assertThat(newVisitor.status()).as("the login form of a new visitor, whose session cannot be stored")
                    .isEqualTo(503);

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

            awaitStatus(base + "/api/v1/regions", bearer, 200);
            awaitStatus(base + "/actuator/health", null, 200);
            assertThat(get(base + "/actuator/health", null).body()).contains("\"status\":\"UP\"");
            assertThat(send(base + "/contracts", session, HttpRequest.newBuilder().GET()).status())
                    .as("the session outlived the outage").isEqualTo(200);
            assertThat(send(base + "/api/v1/regions", session, HttpRequest.newBuilder().GET()).status()).isEqualTo(200);
        } finally {
            database.close();
        }
    }

    /**
     * A person signed in with the login form before the outage; the SESSION cookie, whose session
     * lives in the database.
     */
    private String signedIn(String base) throws Exception {
        Page loginForm = send(base + "/login", null, HttpRequest.newBuilder().GET());
        Page login = send(base + "/login", loginForm.session(), form(Map.of("_csrf", loginForm.csrf(),
                "username", USERNAME, "password", PASSWORD)));
        assertThat(login.location()).as("signed in").endsWith("/");
        assertThat(send(base + "/contracts", login.session(), HttpRequest.newBuilder().GET()).status()).isEqualTo(200);
        return login.session();
    }

    /** A page and an API request with the session cookie: 503 page and 503 problem, never a 500. */
    private void assertSignedInPersonSees503(String base, String session) throws Exception {
        Page page = send(base + "/contracts", session, HttpRequest.newBuilder().GET());
        assertThat(page.status()).isEqualTo(503);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.retryAfter()).isEqualTo("10");
        assertThat(page.body()).contains("服务暂时不可用", "状态码 503").doesNotContain("Exception", "Hikari");
        Page api = send(base + "/api/v1/regions", session, HttpRequest.newBuilder().GET());
        assertThat(api.status()).isEqualTo(503);
        assertThat(api.contentType()).startsWith("application/problem+json");
        assertThat(api.retryAfter()).isEqualTo("10");
        assertThat(api.body()).contains("\"code\":\"error.unavailable\"", "\"requestId\":\"" + REQUEST_ID + "\"")
                .doesNotContain("Exception", "Hikari");
    }

    private static HttpRequest.Builder form(Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder().header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private Page send(String uri, String session, HttpRequest.Builder request) throws Exception {
        request.uri(URI.create(uri)).timeout(Duration.ofSeconds(30)).header("X-Request-Id", REQUEST_ID);
        if (session != null) {
            request.header("Cookie", "SESSION=" + session);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("SESSION=")).map(c -> c.substring(8, c.indexOf(';')))
                .findFirst().orElse(session);
        return new Page(response.statusCode(), response.headers().firstValue("Location").orElse(""),
                response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Retry-After").orElse(""), response.body(), cookie);
    }

    private record Page(int status, String location, String contentType, String retryAfter, String body,
                        String session) {

        String csrf() {
            Matcher matcher = CSRF.matcher(body);
            assertThat(matcher.find()).as("the page carries a CSRF token").isTrue();
            return matcher.group(1);
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

    /** Waits (up to 30 seconds) until {@code uri} answers {@code wanted}: the pool heals on its own schedule. */
    private void awaitStatus(String uri, String bearer, int wanted) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> assertThat(get(uri, bearer).statusCode()).as(uri).isEqualTo(wanted));
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
                // no demo data: the outage does not depend on what the database holds, and loading it would
                // double this test's time
                "--platform.demo-data=false",
                // each request of the outage waits this long for a connection before its 503 (3 s in
                // application.yml): a second here, as a dozen requests wait in turn
                "--spring.datasource.hikari.connection-timeout=1000",
                "--spring.datasource.hikari.validation-timeout=500",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
