package cn.kjj.platform.account;

import static cn.kjj.platform.ApiFixtures.PASSWORD;
import static cn.kjj.platform.ApiFixtures.basic;
import static cn.kjj.platform.ApiFixtures.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiFixtures;
import cn.kjj.platform.ApiTest;
import cn.kjj.platform.identity.Role;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@ApiTest
class TokenAuthenticationTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApiFixtures fixtures;

    @Test
    void aRequestWithoutCredentialsIsAnswered401ProblemJsonWithABearerChallenge() {
        assertThat(mvc.get().uri("/api/v1/me"))
                .hasStatus(HttpStatus.UNAUTHORIZED)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .hasHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"kjj\"")
                .bodyJson()
                .hasPathSatisfying("$.status", v -> v.assertThat().isEqualTo(401))
                .hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.auth.required"))
                .hasPathSatisfying("$.title", v -> v.assertThat().isNotNull())
                .hasPathSatisfying("$.detail", v -> v.assertThat().isNotNull())
                .hasPathSatisfying("$.type", v -> v.assertThat().isEqualTo("about:blank"));
    }

    @Test
    void aRefusedRequestLeavesNoSessionBehind() {
        MvcTestResult refused = mvc.post().uri("/api/v1/users").contentType(MediaType.APPLICATION_JSON).content("{}")
                .exchange();

        assertThat(refused).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(refused.getRequest().getSession(false)).isNull();
    }

    @Test
    void basicCredentialsCreateATokenThatIsShownOnceAndThenOpensMe() {
        AccountView account = fixtures.account(Role.OFFICIAL);

        MvcTestResult created = mvc.post().uri("/api/v1/auth/tokens")
                .header(HttpHeaders.AUTHORIZATION, basic(account.username(), PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"reporting script\", \"expiresInDays\": 90}")
                .exchange();

        assertThat(created).hasStatus(HttpStatus.CREATED)
                .hasHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .bodyJson()
                .hasPathSatisfying("$.id", v -> v.assertThat().isNotNull())
                .hasPathSatisfying("$.name", v -> v.assertThat().isEqualTo("reporting script"))
                .hasPathSatisfying("$.expiresAt", v -> v.assertThat().asString().endsWith("Z"));
        String token = JsonPath.read(body(created), "$.token");
        assertThat(token).startsWith(ApiTokenService.PREFIX);
        assertThat(created.getRequest().getSession(false)).as("the API creates no session").isNull();

        assertThat(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, bearer(token)))
                .hasStatusOk()
                .bodyJson()
                .hasPathSatisfying("$.username", v -> v.assertThat().isEqualTo(account.username()))
                .hasPathSatisfying("$.displayName", v -> v.assertThat().isEqualTo("Test OFFICIAL"))
                .hasPathSatisfying("$.roles", v -> v.assertThat().asList().containsExactly("OFFICIAL"))
                .hasPathSatisfying("$.regionCode", v -> v.assertThat().isEqualTo(ApiFixtures.JIANGHAI))
                .hasPathSatisfying("$.enterpriseId", v -> v.assertThat().isNull());
    }

    @Test
    void aWrongPasswordOnTokenCreationIs401WithBasicAndBearerChallenges() {
        AccountView account = fixtures.account(Role.ANALYST);

        MvcTestResult result = mvc.post().uri("/api/v1/auth/tokens")
                .header(HttpHeaders.AUTHORIZATION, basic(account.username(), "not-the-password"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"x\"}")
                .exchange();

        assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.auth.badCredentials"));
        assertThat(result.getResponse().getHeaders(HttpHeaders.WWW_AUTHENTICATE))
                .containsExactlyInAnyOrder("Bearer realm=\"kjj\"", "Basic realm=\"kjj\", charset=\"UTF-8\"");
        assertThat(fixtures.jdbc().sql("select count(*) from api_token where account_id = ?")
                .param(account.id()).query(Long.class).single()).isZero();
    }

    @Test
    void anUnknownUsernameOnTokenCreationLooksLikeAWrongPassword() {
        assertThat(mvc.post().uri("/api/v1/auth/tokens")
                .header(HttpHeaders.AUTHORIZATION, basic("nobody-" + System.nanoTime(), PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"x\"}"))
                .hasStatus(HttpStatus.UNAUTHORIZED)
                .bodyJson().hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.auth.badCredentials"));
    }

    @Test
    void basicCredentialsAreNoWayInAnywhereElse() {
        AccountView account = fixtures.account(Role.ADMIN);

        assertThat(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, basic(account.username(), PASSWORD)))
                .hasStatus(HttpStatus.UNAUTHORIZED)
                .hasHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"kjj\"")
                .bodyJson().hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.auth.schemeNotAccepted"));
        assertThat(mvc.get().uri("/api/v1/auth/tokens").header(HttpHeaders.AUTHORIZATION, basic(account.username(), PASSWORD)))
                .hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void anUnknownTokenIs401WithInvalidTokenChallenge() {
        assertThat(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, bearer("kjj_not-a-real-token")))
                .hasStatus(HttpStatus.UNAUTHORIZED)
                .hasHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"kjj\", error=\"invalid_token\"")
                .bodyJson().hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.auth.invalidToken"));
    }

    @Test
    void listingTokensNeverShowsTheTokenItself() {
        AccountView account = fixtures.account(Role.ENTERPRISE);
        String token = fixtures.token(account);

        MvcTestResult listed = mvc.get().uri("/api/v1/auth/tokens").header(HttpHeaders.AUTHORIZATION, bearer(token))
                .exchange();

        assertThat(listed).hasStatusOk().bodyJson()
                .hasPathSatisfying("$[0].name", v -> v.assertThat().isEqualTo("test"))
                .hasPathSatisfying("$[0].expiresAt", v -> v.assertThat().isNotNull())
                .doesNotHavePath("$[0].token")
                .doesNotHavePath("$[0].tokenHash");
        assertThat(body(listed)).doesNotContain(token).doesNotContain(token.substring(ApiTokenService.PREFIX.length()));
    }

    @Test
    void aRevokedTokenNoLongerOpensTheApi() {
        AccountView account = fixtures.account(Role.ANALYST);
        String token = fixtures.token(account);
        Long id = fixtures.jdbc().sql("select max(id) from api_token where account_id = ?")
                .param(account.id()).query(Long.class).single();

        assertThat(mvc.delete().uri("/api/v1/auth/tokens/{id}", id).header(HttpHeaders.AUTHORIZATION, bearer(token)))
                .hasStatus(HttpStatus.NO_CONTENT);

        assertThat(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, bearer(token)))
                .hasStatus(HttpStatus.UNAUTHORIZED)
                .bodyJson().hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.auth.invalidToken"));
    }

    @Test
    void anExpiredTokenIs401() {
        AccountView account = fixtures.account(Role.OFFICIAL);
        String token = fixtures.token(account);
        fixtures.jdbc().sql("""
                        update api_token set created_at = now() - interval '40 days', expires_at = now() - interval '1 second'
                        where account_id = ?""")
                .param(account.id()).update();

        assertThat(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, bearer(token)))
                .hasStatus(HttpStatus.UNAUTHORIZED)
                .bodyJson().hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.auth.invalidToken"));
    }

    @Test
    void someoneElsesTokenCannotBeRevokedAndLooksAbsent() {
        AccountView owner = fixtures.account(Role.ENTERPRISE);
        String ownersToken = fixtures.token(owner);
        Long ownersTokenId = fixtures.jdbc().sql("select max(id) from api_token where account_id = ?")
                .param(owner.id()).query(Long.class).single();

        assertThat(mvc.delete().uri("/api/v1/auth/tokens/{id}", ownersTokenId)
                .header(HttpHeaders.AUTHORIZATION, fixtures.bearer(Role.ADMIN)))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson().hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.token.notFound"));

        assertThat(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, bearer(ownersToken)))
                .as("the owner's token still works").hasStatusOk();
    }

    @Test
    void aDisabledAccountsTokenAndPasswordNoLongerWork() {
        AccountView account = fixtures.account(Role.OFFICIAL);
        String token = fixtures.token(account);

        assertThat(mvc.patch().uri("/api/v1/users/{id}", account.id())
                .header(HttpHeaders.AUTHORIZATION, fixtures.bearer(Role.ADMIN))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"enabled\": false}"))
                .hasStatusOk()
                .bodyJson().hasPathSatisfying("$.enabled", v -> v.assertThat().isEqualTo(false));

        assertThat(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, bearer(token)))
                .hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(mvc.post().uri("/api/v1/auth/tokens")
                .header(HttpHeaders.AUTHORIZATION, basic(account.username(), PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"x\"}"))
                .hasStatus(HttpStatus.UNAUTHORIZED)
                .bodyJson().hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.auth.badCredentials"));
    }

    @Test
    void anExpiryBeyondOneYearIsRefusedWithTheFieldNamed() {
        AccountView account = fixtures.account(Role.ANALYST);

        MvcTestResult result = mvc.post().uri("/api/v1/auth/tokens")
                .header(HttpHeaders.AUTHORIZATION, basic(account.username(), PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"yearly\", \"expiresInDays\": 367}")
                .exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.validation"))
                .hasPathSatisfying("$.errors[*].field", v -> v.assertThat().asList().containsExactly("expiresInDays"));
    }

    @Test
    void tokensAreListedOnlyToTheirOwner() {
        AccountView first = fixtures.account(Role.ANALYST);
        AccountView second = fixtures.account(Role.ANALYST);
        fixtures.token(first);
        String secondsToken = fixtures.token(second);

        MvcTestResult listed = mvc.get().uri("/api/v1/auth/tokens")
                .header(HttpHeaders.AUTHORIZATION, bearer(secondsToken)).exchange();

        List<Integer> ids = JsonPath.read(body(listed), "$[*].id");
        List<Long> secondsIds = fixtures.jdbc().sql("select id from api_token where account_id = ?")
                .param(second.id()).query(Long.class).list();
        assertThat(ids).map(Integer::longValue).containsExactlyInAnyOrderElementsOf(secondsIds);
    }

    static String body(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
