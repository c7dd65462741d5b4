package cn.kjj.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.kjj.platform.PortalTest;
import cn.kjj.platform.portal.RegistryPageFixtures;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every kind of answer (portal page, login page, portal error page, static asset, API JSON, API
 * problem JSON) carries the same protective headers; HSTS only when the request came over TLS.
 */
@PortalTest
class SecurityHeadersTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    static Stream<Arguments> answers() {
        return Stream.of(
                Arguments.of("login page", "/login", false, 200),
                Arguments.of("portal page", "/contracts", true, 200),
                Arguments.of("portal error page", "/contracts/987654321", true, 404),
                Arguments.of("static asset", "/css/portal.css", false, 200),
                Arguments.of("API JSON", "/api/v1/regions", true, 200),
                Arguments.of("API problem JSON", "/api/v1/contracts", false, 401),
                Arguments.of("API problem JSON of a missing record", "/api/v1/contracts/987654321", true, 404));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void everyAnswerForbidsFramingSniffingReferrersAndInlineScripts(String what, String path, boolean signedIn,
                                                                     int status) throws Exception {
        MockHttpServletResponse response = perform(get(path), signedIn);

        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getHeader("Content-Security-Policy"))
                .contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval")
                .containsAnyOf("script-src 'self'", "default-src 'none'");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(response.getHeader("Permissions-Policy")).contains("camera=()", "geolocation=()");
        assertThat(response.getHeader("Strict-Transport-Security")).as("no HSTS over plain HTTP").isNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void overTlsEveryAnswerAsksForHttpsFromNowOn(String what, String path, boolean signedIn, int status)
            throws Exception {
        MockHttpServletResponse response = perform(get(path).secure(true), signedIn);

        assertThat(response.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");
    }

    @Test
    void behindAProxyThatTerminatesTlsTheForwardedProtocolCounts() throws Exception {
        MockHttpServletResponse proxied = perform(get("/login").header("X-Forwarded-Proto", "https"), false);
        MockHttpServletResponse plain = perform(get("/login").header("X-Forwarded-Proto", "http"), false);

        assertThat(proxied.getHeader("Strict-Transport-Security")).startsWith("max-age=31536000");
        assertThat(plain.getHeader("Strict-Transport-Security")).isNull();
    }

    @Test
    void theApiAnswersLoadNothingAndPortalPagesOnlyTheirOwnScripts() throws Exception {
        assertThat(perform(get("/api/v1/regions"), true).getHeader("Content-Security-Policy"))
                .isEqualTo("default-src 'none'; frame-ancestors 'none'; base-uri 'none'");
        assertThat(perform(get("/login"), false).getHeader("Content-Security-Policy"))
                .contains("script-src 'self';", "style-src 'self';", "form-action 'self'");
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, boolean signedIn) throws Exception {
        if (signedIn) {
            request.with(user(new RegistryPageFixtures(context).principal(RegistryPageFixtures.OFFICIAL)));
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
