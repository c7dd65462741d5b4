package cn.kjj.platform.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import cn.kjj.platform.ApiFixtures;
import cn.kjj.platform.ApiTest;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The portal's session cookie on the API: reads work, writes need the CSRF token. */
@ApiTest
class PortalSessionTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApiFixtures fixtures;

    @Test
    void aPortalSessionReadsTheApi() {
        AccountView account = fixtures.account(Role.ANALYST);

        assertThat(mvc.get().uri("/api/v1/me").session(sessionOf(account)))
                .hasStatusOk()
                .bodyJson().hasPathSatisfying("$.username", v -> v.assertThat().isEqualTo(account.username()));
    }

    @Test
    void aWriteWithOnlyASessionCookieAndNoCsrfTokenIs403() {
        AccountView account = fixtures.account(Role.ANALYST);

        assertThat(mvc.post().uri("/api/v1/auth/tokens").session(sessionOf(account))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"from the browser\"}"))
                .hasStatus(HttpStatus.FORBIDDEN)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.csrf.invalid"));
        assertThat(fixtures.jdbc().sql("select count(*) from api_token where account_id = ?")
                .param(account.id()).query(Long.class).single()).as("a rejected request changes nothing").isZero();
    }

    @Test
    void aWriteWithASessionAndItsCsrfTokenIsAccepted() {
        AccountView account = fixtures.account(Role.ANALYST);

        assertThat(mvc.post().uri("/api/v1/auth/tokens").session(sessionOf(account)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"from the browser\"}"))
                .hasStatus(HttpStatus.CREATED);
    }

    @Test
    void aBearerTokenNeedsNoCsrfToken() {
        assertThat(mvc.post().uri("/api/v1/auth/tokens")
                .header(HttpHeaders.AUTHORIZATION, fixtures.bearer(Role.OFFICIAL))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"second token\"}"))
                .hasStatus(HttpStatus.CREATED);
    }

    @Test
    void anAuthorizationHeaderWinsOverASessionCookieBesideIt() {
        AccountView account = fixtures.account(Role.ADMIN);

        assertThat(mvc.get().uri("/api/v1/me").session(sessionOf(account))
                .header(HttpHeaders.AUTHORIZATION, ApiFixtures.bearer("kjj_forged")))
                .hasStatus(HttpStatus.UNAUTHORIZED);
    }

    /** A session as the portal's form login leaves it. */
    private static MockHttpSession sessionOf(AccountView account) {
        AccountPrincipal principal = ApiFixtures.principal(account);
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities())));
        return session;
    }
}
