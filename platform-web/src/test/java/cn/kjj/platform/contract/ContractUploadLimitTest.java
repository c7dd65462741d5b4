package cn.kjj.platform.contract;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.PortalTest;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Through the real server: a file over the attachment limit of 20 MiB (but under the
 * container's outer bound, {@code spring.servlet.multipart.max-file-size}) reaches the portal,
 * is refused with a message on the contract page, and stores nothing.
 */
@PortalTest
class ContractUploadLimitTest {

    private static final Pattern UPLOAD_ACTION = Pattern.compile("<form class=\"upload-form\" method=\"post\" "
            + "enctype=\"multipart/form-data\"\\s+action=\"([^\"]+)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void anAttachmentOverTwentyMebibytesIsRefusedWithAMessageAndNotStored() throws Exception {
        ContractView draft = new ContractPageFixtures(context)
                .fileForDemoEnterprise(ContractPageFixtures.unique("超大附件"), false);
        logIn(ContractPageFixtures.ENTERPRISE, "demo");
        String page = get("/contracts/" + draft.id()).body();
        Matcher action = UPLOAD_ACTION.matcher(page);
        assertThat(action.find()).as("the upload form").isTrue();

        byte[] tooLarge = new byte[21 * 1024 * 1024];
        Arrays.fill(tooLarge, (byte) 'x');
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, tooLarge, 0, 5);
        String boundary = "----portal-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Matcher csrf = CSRF.matcher(page);
        assertThat(csrf.find()).as("the form's CSRF token").isTrue();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf.group(1)
                + "\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(tooLarge);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(uri(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/contracts/" + draft.id()));
        String detail = get("/contracts/" + draft.id()).body();
        assertThat(detail).contains("20 MiB").doesNotContain("Exception", "at org.", "at cn.");
        assertThat(context.getBean(ContractQueries.class)
                .get(new ContractPageFixtures(context).principal(ContractPageFixtures.ENTERPRISE), draft.id())
                .attachments()).isEmpty();
    }

    private void logIn(String username, String password) throws Exception {
        Matcher token = CSRF.matcher(get("/login").body());
        assertThat(token.find()).isTrue();
        String form = "username=" + username + "&password=" + password + "&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
