package cn.kjj.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests to the real server, byte for byte as given (MockMvc never parses a multipart body the way
 * Tomcat does): with a bearer token, or with a portal session and its CSRF token; and a raw socket for
 * what no HTTP client sends, such as a chunked body that never ends.
 */
final class WireClient {

    record Answer(int status, String contentType, String body) {
    }

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final int port;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private String csrf;

    WireClient(int port) {
        this.port = port;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Signs in to the portal; later requests carry the session cookie. */
    WireClient logIn(String username, String password) throws Exception {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrfOf("/login");
        Answer login = send("POST", "/login", Map.of("Content-Type", "application/x-www-form-urlencoded"),
                form.getBytes(StandardCharsets.UTF_8));
        assertThat(login.status()).as("login of " + username).isEqualTo(302);
        csrf = csrfOf("/");
        return this;
    }

    /** The session's CSRF token, as a page's forms carry it. */
    String csrf() {
        return csrf;
    }

    String sessionCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("SESSION"))
                .map(HttpCookie::getValue).findFirst().orElseThrow();
    }

    Answer send(String method, String path, Map<String, String> headers, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    /** The number of records a list of the API holds: its page's totalElements, or the array's length. */
    long count(String path, String bearer) throws Exception {
        Answer answer = send("GET", path, Map.of("Authorization", bearer, "Accept", "application/json"), null);
        assertThat(answer.status()).as("GET " + path).isEqualTo(200);
        JsonNode json = JSON.readTree(answer.body());
        return json.isArray() ? json.size() : json.path("page").path("totalElements").asLong();
    }

    /**
     * Writes the head and then {@code body} on a socket without ever ending the request, and reads
     * whatever the server answers before it closes the connection (or {@code patience} runs out).
     */
    Answer unfinished(String head, byte[] body, Duration patience) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout((int) patience.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.UTF_8));
            try {
                out.write(body);
                out.flush();
            } catch (IOException closedEarly) {
                // the server may answer and close before it has taken everything: read the answer
            }
            return parse(readAll(socket.getInputStream()));
        }
    }

    private String csrfOf(String path) throws Exception {
        Matcher token = CSRF.matcher(send("GET", path, Map.of("Accept", "text/html"), null).body());
        assertThat(token.find()).as("a CSRF token on " + path).isTrue();
        return token.group(1);
    }

    /** Until the server closes, the answer is complete, or the socket's timeout runs out. */
    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                all.write(buffer, 0, n);
                if (isComplete(all.toByteArray())) {
                    break;
                }
            }
        } catch (SocketTimeoutException stillOpen) {
            // what came so far is the answer
        }
        return all.toByteArray();
    }

    private static boolean isComplete(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        Matcher length = Pattern.compile("(?im)^Content-Length:\\s*(\\d+)").matcher(text.substring(0, end));
        return length.find() ? raw.length - end - 4 >= Integer.parseInt(length.group(1))
                : text.endsWith("\r\n0\r\n\r\n");
    }

    private static Answer parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/1.1 ") || end < 0) {
            return new Answer(0, "", text);
        }
        String head = text.substring(0, end);
        Matcher type = Pattern.compile("(?im)^Content-Type:\\s*(.+)$").matcher(head);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (head.toLowerCase().contains("transfer-encoding: chunked")) {
            // hex size, CRLF, that many bytes, CRLF; a size of 0 ends it (ISO-8859-1 keeps one char per byte)
            int at = end + 4;
            for (int line = text.indexOf("\r\n", at); line > 0; line = text.indexOf("\r\n", at)) {
                int size = Integer.parseInt(text.substring(at, line).split(";")[0].strip(), 16);
                if (size == 0) {
                    break;
                }
                body.write(raw, line + 2, Math.min(size, raw.length - line - 2));
                at = line + 2 + size + 2;
            }
        } else {
            body.write(raw, end + 4, raw.length - end - 4);
        }
        return new Answer(Integer.parseInt(text.substring(9, 12)), type.find() ? type.group(1).strip() : "",
                body.toString(StandardCharsets.UTF_8));
    }
}
