package cn.kjj.platform.common;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiFixtures;
import cn.kjj.platform.ApiTest;
import cn.kjj.platform.http.RequestIdFilter;
import cn.kjj.platform.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Every answer names its request id (the caller's when it is plain, else a new one), and every
 * problem carries it, so that a user's report leads to the log lines. A database out of reach is
 * a 503 problem with Retry-After, not a 500.
 */
@ApiTest
class RequestIdAndUnavailableTest {

    private static final String UUID_FORMAT = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApiFixtures fixtures;

    @Test
    void aPlainIncomingIdIsEchoedAndNamedInTheProblem() {
        MvcTestResult result = mvc.get().uri("/api/v1/no-such-thing")
                .header(HttpHeaders.AUTHORIZATION, fixtures.bearer(Role.ANALYST))
                .header(RequestIdFilter.HEADER, "gateway-42.a_b").exchange();

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND).headers().hasValue(RequestIdFilter.HEADER, "gateway-42.a_b");
        assertThat(result).bodyJson().hasPathSatisfying("$.requestId", v -> v.assertThat().isEqualTo("gateway-42.a_b"));
    }

    @Test
    void withoutAnIdOrWithAnUnsafeOneTheRequestGetsANewOne() {
        for (String unsafe : new String[] {null, "", "abc\r\nX-Injected: 1", "a".repeat(65), "<script>", "x y"}) {
            var request = mvc.get().uri("/api/v1/me");
            if (unsafe != null) {
                request = request.header(RequestIdFilter.HEADER, unsafe);
            }
            MvcTestResult result = request.exchange();

            assertThat(result).as("id %s", unsafe).hasStatus(HttpStatus.UNAUTHORIZED);
            String id = result.getResponse().getHeader(RequestIdFilter.HEADER);
            assertThat(id).matches(UUID_FORMAT);
            assertThat(result).bodyJson().hasPathSatisfying("$.requestId", v -> v.assertThat().isEqualTo(id));
        }
    }

    @Test
    void aDatabaseOutOfReachIs503ProblemWithRetryAfterAndNoInternals() throws Exception {
        MvcTestResult result = mvc.get().uri("/api/v1/test-probes/database-down")
                .header(HttpHeaders.AUTHORIZATION, fixtures.bearer(Role.ANALYST)).exchange();

        assertThat(result).hasStatus(HttpStatus.SERVICE_UNAVAILABLE)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .headers().hasValue(HttpHeaders.RETRY_AFTER, "10");
        assertThat(result).bodyJson().hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.unavailable"));
        assertThat(result.getResponse().getContentAsString()).doesNotContain("Hikari", "JPA", "Exception");
    }
}
