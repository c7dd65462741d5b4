package cn.kjj.platform.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.PortalTest;
import cn.kjj.platform.TestAccounts;
import java.io.IOException;
import java.net.CookieManager;
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

/** Through the real server, as a browser sees it: error pages are rendered by the container. */
@PortalTest
class PortalErrorPageTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @BeforeEach
    void logIn() throws Exception {
        TestAccounts.ensureExist(context);
        String loginPage = get("/login").body();
        Matcher token = CSRF.matcher(loginPage);
        assertThat(token.find()).as("CSRF token on the login page").isTrue();
        String form = "username=" + TestAccounts.OFFICIAL + "&password=" + encode(TestAccounts.PASSWORD)
                + "&_csrf=" + encode(token.group(1));
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
    }

    @Test
    void anUnknownPageShowsAFriendlyNotFoundPageWithoutTechnicalDetails() throws Exception {
        HttpResponse<String> response = get("/no-such-page");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(response.body())
                .contains("<html lang=\"zh-CN\">")
                .contains("找不到您要访问的页面")
                .contains("状态码 404")
                .contains(TestAccounts.OFFICIAL_NAME)
                .doesNotContain("Exception", "Whitelabel", "trace");
    }

    @Test
    void theErrorPageFollowsTheChosenLanguage() throws Exception {
        HttpResponse<String> response = get("/no-such-page?lang=en");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("<html lang=\"en\">").contains("The page you asked for does not exist");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
