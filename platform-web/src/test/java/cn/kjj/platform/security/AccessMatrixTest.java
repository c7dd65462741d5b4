package cn.kjj.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import cn.kjj.platform.PortalTest;
import jakarta.servlet.RequestDispatcher;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Every route the application serves (API, pages, actuator, OpenAPI; read from its own handler
 * mappings) against every kind of caller, compared with {@link AccessExpectations#TABLE}. A route
 * without a line there fails the test by name, as does a line whose route no longer exists.
 */
@PortalTest
class AccessMatrixTest {

    private static final Set<Integer> ALLOWED_REFUSALS = Set.of(400, 409, 412, 422, 428);
    private static final byte[] PDF = "%PDF-1.4\n%matrix\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void everyRouteAnswersEveryCallerAsTheTableSays() throws Exception {
        Map<String, Expectation> expected = Expectation.parse(AccessExpectations.TABLE);
        Map<String, Boolean> routes = Routes.all(context);
        MatrixPeople people = new MatrixPeople(context);
        MatrixRecords records = new MatrixRecords(context, people, mvc);
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Boolean> route : routes.entrySet()) {
            Expectation expectation = expected.get(route.getKey());
            Map<String, Supplier<String>> variables = records.variables(route.getKey().split(" ")[1]);
            String anonymous = outcome(route.getKey(), null, call(route.getKey(), route.getValue(), variables, null,
                    people), problems);
            StringBuilder actual = new StringBuilder();
            boolean matches = expectation != null && expectation.anonymous().equals(anonymous);
            for (Who who : Who.values()) {
                MockHttpServletResponse response = call(route.getKey(), route.getValue(), variables, who, people);
                String got = outcome(route.getKey(), who, response, problems);
                actual.append(' ').append(got).append(got.equals("ok") ? "(" + response.getStatus() + ")" : "");
                matches &= expectation != null && expectation.byWho().get(who).equals(got);
            }
            if (!matches) {
                problems.add((expectation == null ? "NO ENTRY   " : "MISMATCH   ") + route.getKey() + actual
                        + "   (anonymous: " + anonymous + ")");
            }
        }
        expected.keySet().stream().filter(r -> !routes.containsKey(r))
                .forEach(r -> problems.add("NO SUCH ROUTE " + r));
        assertThat(problems).as("routes whose callers get other answers than AccessExpectations.TABLE says;"
                + " columns: " + List.of(Who.values())).isEmpty();
    }

    @Test
    void theApiRefusesWithProblemJson() throws Exception {
        MockHttpServletResponse anonymous = mvc.perform(request(HttpMethod.GET, "/api/v1/contracts"))
                .andReturn().getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(401);
        assertThat(anonymous.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        MockHttpServletResponse enterprise = mvc.perform(request(HttpMethod.GET, "/api/v1/indicators")
                .with(user(new MatrixPeople(context).get(Who.OWNER)))).andReturn().getResponse();
        assertThat(enterprise.getStatus()).isEqualTo(403);
        assertThat(enterprise.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    }

    private MockHttpServletResponse call(String route, boolean multipart, Map<String, Supplier<String>> variables,
                                         Who who, MatrixPeople people) throws Exception {
        String[] parts = route.split(" ");
        HttpMethod method = parts[0].equals("ANY") ? HttpMethod.GET : HttpMethod.valueOf(parts[0]);
        String uri = Routes.fill(parts[1], variables);
        AbstractMockHttpServletRequestBuilder<?> request = multipart && method == HttpMethod.POST
                ? multipart(uri).file(new MockMultipartFile("file", "matrix.pdf", "application/pdf", PDF))
                : request(method, uri);
        boolean write = method != HttpMethod.GET && method != HttpMethod.HEAD;
        if (write && !multipart && uri.startsWith("/api/")) {
            request.contentType(MediaType.APPLICATION_JSON).content("{}");
        } else if (write && !multipart) {
            request.contentType(MediaType.APPLICATION_FORM_URLENCODED);
        }
        if (parts[1].equals("/error")) {
            // as the servlet container forwards a failed request
            request.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 400);
        }
        request.with(csrf()).header(HttpHeaders.ACCEPT_LANGUAGE, "en");
        if (who != null) {
            request.with(user(people.get(who)));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    /** The outcome; an API refusal that is not problem JSON is a problem of its own. */
    private static String outcome(String route, Who who, MockHttpServletResponse response, List<String> problems) {
        String outcome = outcome(response);
        if (route.contains(" /api/") && outcome.matches("40[134]")
                && !String.valueOf(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE)) {
            problems.add("NOT PROBLEM JSON " + route + " " + (who == null ? "anonymous" : who) + ": "
                    + response.getContentType());
        }
        return outcome;
    }

    private static String outcome(MockHttpServletResponse response) {
        int status = response.getStatus();
        String location = response.getRedirectedUrl();
        if (status / 100 == 3 && location != null && location.endsWith("/login")) {
            return "login";
        }
        if (status == 401 || status == 403 || status == 404) {
            return String.valueOf(status);
        }
        return status < 400 || ALLOWED_REFUSALS.contains(status) ? "ok" : String.valueOf(status);
    }
}
