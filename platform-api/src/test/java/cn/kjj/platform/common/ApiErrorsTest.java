package cn.kjj.platform.common;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiFixtures;
import cn.kjj.platform.ApiTest;
import cn.kjj.platform.identity.Role;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Whatever goes wrong under /api, the client gets problem JSON with a stable code and no internals. */
@ApiTest
class ApiErrorsTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApiFixtures fixtures;

    String bearer;

    @BeforeEach
    void signIn() {
        bearer = fixtures.bearer(Role.ANALYST);
    }

    @Test
    void anUnknownRouteIs404ProblemJsonNotAnHtmlPage() {
        assertThat(mvc.get().uri("/api/v1/no-such-thing").header(HttpHeaders.AUTHORIZATION, bearer))
                .hasStatus(HttpStatus.NOT_FOUND)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.route.notFound"))
                .hasPathSatisfying("$.instance", v -> v.assertThat().isEqualTo("/api/v1/no-such-thing"));
    }

    @Test
    void aMethodTheRouteDoesNotOfferIs405() {
        assertThat(mvc.delete().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, bearer))
                .hasStatus(HttpStatus.METHOD_NOT_ALLOWED)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .hasHeader(HttpHeaders.ALLOW, "GET")
                .bodyJson().hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.method.notAllowed"));
    }

    @Test
    void malformedJsonIs400() {
        assertThat(mvc.post().uri("/api/v1/auth/tokens").header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\": "))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.json.malformed"));
    }

    @Test
    void aValueOfTheWrongTypeIs400NamingTheField() {
        assertThat(mvc.post().uri("/api/v1/auth/tokens").header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"x\", \"expiresInDays\": \"soon\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.json.invalidValue"))
                .hasPathSatisfying("$.errors[0].field", v -> v.assertThat().isEqualTo("expiresInDays"))
                .hasPathSatisfying("$.detail", v -> v.assertThat().asString().contains("expiresInDays"));
    }

    @Test
    void aMissingBodyIs400() {
        assertThat(mvc.post().uri("/api/v1/auth/tokens").header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.body.missing"));
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        assertThat(mvc.post().uri("/api/v1/auth/tokens").header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.TEXT_PLAIN).content("name=x"))
                .hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.media.unsupported"));
    }

    @Test
    void messagesAreChineseByDefaultAndEnglishOnRequest() {
        MvcTestResult chinese = mvc.get().uri("/api/v1/no-such-thing").header(HttpHeaders.AUTHORIZATION, bearer).exchange();
        MvcTestResult english = mvc.get().uri("/api/v1/no-such-thing").header(HttpHeaders.AUTHORIZATION, bearer)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en").exchange();

        assertThat(detail(chinese)).containsPattern("\\p{IsHan}");
        assertThat(detail(english)).doesNotContainPattern("\\p{IsHan}").contains("endpoint");
    }

    @Test
    void securityRefusalsAreLocalisedToo() {
        MvcTestResult english = mvc.get().uri("/api/v1/me").header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB,en;q=0.9").exchange();
        MvcTestResult chinese = mvc.get().uri("/api/v1/me").header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN").exchange();

        assertThat(detail(english)).doesNotContainPattern("\\p{IsHan}");
        assertThat(detail(chinese)).containsPattern("\\p{IsHan}");
    }

    @Test
    void fieldMessagesFollowTheLanguage() {
        MvcTestResult english = mvc.post().uri("/api/v1/auth/tokens").header(HttpHeaders.AUTHORIZATION, bearer)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"\"}").exchange();
        MvcTestResult chinese = mvc.post().uri("/api/v1/auth/tokens").header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"\"}").exchange();

        assertThat(english).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(body(english)).contains("\"field\":\"name\"").doesNotContainPattern("\\p{IsHan}");
        assertThat(body(chinese)).contains("\"field\":\"name\"").containsPattern("\\p{IsHan}");
    }

    @Test
    void anUnexpectedErrorIs500WithoutInternals() {
        MvcTestResult result = mvc.get().uri("/api/v1/test-probes/bug").header(HttpHeaders.AUTHORIZATION, bearer).exchange();

        assertThat(result).hasStatus(HttpStatus.INTERNAL_SERVER_ERROR)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.internal"));
        assertThat(body(result)).doesNotContain("IllegalStateException", "locked", "at cn.kjj", "trace");
    }

    @Test
    void aDatabaseConstraintIs409WithoutTheSql() {
        MvcTestResult result = mvc.get().uri("/api/v1/test-probes/duplicate").header(HttpHeaders.AUTHORIZATION, bearer)
                .exchange();

        assertThat(result).hasStatus(HttpStatus.CONFLICT)
                .bodyJson().hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.conflict.integrity"));
        assertThat(body(result)).doesNotContain("insert", "account_username_key", "duplicate key");
    }

    @Test
    void aConcurrentUpdateIs409() {
        assertThat(mvc.get().uri("/api/v1/test-probes/concurrent").header(HttpHeaders.AUTHORIZATION, bearer))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson().hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.conflict.concurrent"));
    }

    @Test
    void anUploadOverTheLimitIs413() {
        assertThat(mvc.get().uri("/api/v1/test-probes/too-large").header(HttpHeaders.AUTHORIZATION, bearer))
                .hasStatus(HttpStatus.CONTENT_TOO_LARGE)
                .bodyJson().hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.upload.tooLarge"));
    }

    @Test
    void aDomainConflictCarriesItsOwnCodeAndArguments() {
        MvcTestResult result = mvc.get().uri("/api/v1/test-probes/conflict").header(HttpHeaders.AUTHORIZATION, bearer)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en").exchange();

        assertThat(result).hasStatus(HttpStatus.CONFLICT)
                .bodyJson().hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.contract.transition.illegal"));
        assertThat(detail(result)).contains("DRAFT");
    }

    private static String detail(MvcTestResult result) {
        return com.jayway.jsonpath.JsonPath.read(body(result), "$.detail");
    }

    private static String body(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
