package cn.kjj.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.account.AccountChange;
import cn.kjj.platform.account.AccountService;
import cn.kjj.platform.account.AccountView;
import cn.kjj.platform.account.NewAccount;
import cn.kjj.platform.identity.Role;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * Acceptance for scale-out: two nodes of the assembled application (two Spring contexts on their
 * own ports) share one PostgreSQL and nothing else, as behind a load balancer without sticky
 * sessions. A person signs in on one node and goes on on the other; a node restarts without
 * signing anyone out. Node A runs the embedded database; node B reaches it as an external one
 * and sends its read-only transactions through the replica routing (here to the same server,
 * which stands in for a streaming replica).
 */
class TwoNodeSessionTest {

    private static final String PASSWORD = "Two-nodes-passw0rd";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;
    private static int serial;

    @BeforeAll
    static void startTwoNodes() {
        nodeA = start("--platform.embedded-db.ephemeral=true");
        nodeB = startB();
    }

    @AfterAll
    static void stopNodes() {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
    }

    @Test
    void aPersonSignedInOnOneNodeGoesOnOnTheOtherAndSignsOutEverywhere() throws Exception {
        AccountView person = account();
        String before = get(nodeA, "/login", null).cookie();
        String session = logIn(nodeA, person.username(), before);
        assertThat(session).as("the session id changes at login (fixation)").isNotEqualTo(before);
        assertThat(get(nodeB, "/", before).redirect()).as("the id from before login is worth nothing")
                .endsWith("/login");

        Page home = get(nodeB, "/", session);
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("<dd class=\"who-username\">" + person.username() + "</dd>");
        assertThat(nodeB.getBean(DataSource.class)).as("B reads through the replica routing")
                .isInstanceOf(LazyConnectionDataSourceProxy.class);
        assertThat(get(nodeB, "/indicators", session).status()).isEqualTo(200);
        assertThat(get(nodeB, "/api/v1/me", session).body()).contains("\"username\":\"" + person.username() + "\"");

        String csrfFromA = get(nodeA, "/account/tokens", session).csrf();
        Page created = post(nodeB, "/account/tokens", session,
                Map.of("_csrf", csrfFromA, "name", "made on B", "expiresInDays", "30"));
        assertThat(created.status()).as("a form posted to B with the token A handed out").isEqualTo(200);
        assertThat(tokenCount(person, "made on B")).isEqualTo(1);

        long tokenId = jdbc().sql("select id from api_token where account_id = ?").param(person.id())
                .query(Long.class).single();
        Page revoked = post(nodeB, "/account/tokens/" + tokenId + "/revoke", session, Map.of("_csrf", csrfFromA));
        assertThat(revoked.redirect()).endsWith("/account/tokens");
        assertThat(get(nodeA, "/account/tokens", session).body()).as("B's flash message shown by A")
                .contains("flash-notice").contains("已撤销令牌“made on B”");

        Page loggedOut = post(nodeB, "/logout", session, Map.of("_csrf", get(nodeB, "/", session).csrf()));
        assertThat(loggedOut.redirect()).endsWith("/login?logout");
        assertThat(get(nodeA, "/", session).redirect()).as("signed out on A too").endsWith("/login");
        assertThat(get(nodeA, "/api/v1/me", session).status()).isEqualTo(401);
    }

    @Test
    void aSessionSurvivesTheRestartOfANode() throws Exception {
        AccountView person = account();
        String session = logIn(nodeB, person.username(), get(nodeB, "/login", null).cookie());

        nodeB.close();
        nodeB = startB();

        Page home = get(nodeB, "/", session);
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("<dd class=\"who-username\">" + person.username() + "</dd>");
    }

    @Test
    void aChangedOrDisabledAccountTakesEffectOnEveryNodeAtOnce() throws Exception {
        AccountView person = account();
        String session = logIn(nodeA, person.username(), get(nodeA, "/login", null).cookie());
        assertThat(get(nodeB, "/", session).status()).isEqualTo(200);
        AccountService accounts = nodeA.getBean(AccountService.class);

        accounts.change(person.id(), new AccountChange(null, Set.of(Role.ADMIN), null, null, "改名之后"));
        assertThat(get(nodeB, "/", session).body()).as("the session's copy of the account follows the record")
                .contains("改名之后");
        assertThat(get(nodeB, "/admin/users", session).status()).isEqualTo(200);

        accounts.change(person.id(), new AccountChange(false, null, null, null, null));

        assertThat(get(nodeB, "/", session).redirect()).endsWith("/login");
        assertThat(get(nodeA, "/api/v1/me", session).status()).isEqualTo(401);
        assertThat(jdbc().sql("select count(*) from http_session where principal_name = ?").param(person.username())
                .query(Long.class).single()).as("the session is gone from the store").isZero();
    }

    /** Logs in with the form and its CSRF token; the session cookie after login. */
    private static String logIn(ConfigurableApplicationContext node, String username, String anonymousSession)
            throws Exception {
        String csrf = get(node, "/login", anonymousSession).csrf();
        Page result = post(node, "/login", anonymousSession,
                Map.of("_csrf", csrf, "username", username, "password", PASSWORD));
        assertThat(result.redirect()).as("login succeeded").endsWith("/");
        return result.cookie();
    }

    private static AccountView account() {
        return nodeA.getBean(AccountService.class).create(new NewAccount("two.nodes." + (++serial), PASSWORD,
                "双节点用户", Set.of(Role.ANALYST), null, null));
    }

    private static long tokenCount(AccountView person, String name) {
        return jdbc().sql("select count(*) from api_token where account_id = ? and name = ?")
                .params(person.id(), name).query(Long.class).single();
    }

    private static JdbcClient jdbc() {
        return nodeA.getBean(JdbcClient.class);
    }

    private static Page get(ConfigurableApplicationContext node, String path, String session) throws Exception {
        return send(node, path, session, HttpRequest.newBuilder().GET());
    }

    private static Page post(ConfigurableApplicationContext node, String path, String session,
                             Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(node, path, session, HttpRequest.newBuilder()
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static Page send(ConfigurableApplicationContext node, String path, String session,
                             HttpRequest.Builder request) throws Exception {
        String port = node.getEnvironment().getProperty("local.server.port");
        request.uri(URI.create("http://localhost:" + port + path));
        if (session != null) {
            request.header("Cookie", "SESSION=" + session);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("SESSION=")).map(c -> c.substring(8, c.indexOf(';')))
                .findFirst().orElse(session);
        return new Page(response.statusCode(), response.headers().firstValue("Location").orElse(""),
                response.body(), cookie);
    }

    private record Page(int status, String redirect, String body, String cookie) {

        String csrf() {
            Matcher matcher = CSRF.matcher(body);
            assertThat(matcher.find()).as("the page carries a CSRF token").isTrue();
            return matcher.group(1);
        }
    }

    private static ConfigurableApplicationContext startB() {
        JdbcConnectionDetails database = nodeA.getBean(JdbcConnectionDetails.class);
        return start("--spring.datasource.url=" + database.getJdbcUrl(),
                "--spring.datasource.username=" + database.getUsername(),
                "--spring.datasource.password=" + (database.getPassword() == null ? "" : database.getPassword()),
                "--platform.datasource.replica.url=" + database.getJdbcUrl());
    }

    private static ConfigurableApplicationContext start(String... args) {
        String[] base = {"--server.port=0", "--platform.demo-data=false", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN"};
        String[] all = new String[base.length + args.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(args, 0, all, base.length, args.length);
        return new SpringApplicationBuilder(PlatformApplication.class).run(all);
    }
}
