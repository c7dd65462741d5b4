package cn.kjj.platform.account;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.PortalTest;
import cn.kjj.platform.TestAccounts;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * With real HTTP and real cookies: the session id changes at login (no session fixation) and the
 * cookie of a logged-out session no longer opens anything. Works whatever the cookie is called.
 */
@PortalTest
class SessionCookieTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern COOKIE = Pattern.compile("^(JSESSIONID|SESSION)=([^;]+)");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void accounts() {
        TestAccounts.ensureExist(context);
    }

    @Test
    void theSessionIdChangesAtLoginAndLogoutKillsTheOldCookie() throws Exception {
        HttpResponse<String> loginPage = send(HttpRequest.newBuilder(uri("/login")).GET(), null);
        String anonymous = cookie(loginPage);
        assertThat(anonymous).as("the login page starts a session for its CSRF token").isNotNull();

        HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form("username", TestAccounts.OFFICIAL, "password",
                        TestAccounts.PASSWORD, "_csrf", csrf(loginPage)))), anonymous);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        String signedIn = cookie(login);
        assertThat(signedIn).isNotNull().isNotEqualTo(anonymous);
        assertThat(send(HttpRequest.newBuilder(uri("/")).GET(), anonymous).statusCode())
                .as("the pre-login session id opens nothing").isEqualTo(302);

        HttpResponse<String> home = send(HttpRequest.newBuilder(uri("/")).GET(), signedIn);
        assertThat(home.statusCode()).isEqualTo(200);
        HttpResponse<String> logout = send(HttpRequest.newBuilder(uri("/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form("_csrf", csrf(home)))), signedIn);
        assertThat(logout.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");

        HttpResponse<String> after = send(HttpRequest.newBuilder(uri("/")).GET(), signedIn);
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String cookie) throws Exception {
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The session cookie the response sets, as name=value, or null. */
    private static String cookie(HttpResponse<?> response) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            Matcher m = COOKIE.matcher(header);
            if (m.find()) {
                return m.group(1) + "=" + m.group(2);
            }
        }
        return null;
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher m = CSRF.matcher(page.body());
        assertThat(m.find()).as("a CSRF token on the page").isTrue();
        return m.group(1);
    }

    private static String form(String... pairs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            body.append(i == 0 ? "" : "&").append(pairs[i]).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
