package cn.kjj.platform.account;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiFixtures;
import cn.kjj.platform.ApiTest;
import cn.kjj.platform.identity.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Each role reaches what it may and gets 403 problem JSON where it may not. */
@ApiTest
class EndpointRolesTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApiFixtures fixtures;

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyRoleReadsItselfAndItsTokensAndAllButExpertsTheRegions(Role role) {
        String bearer = fixtures.bearer(role);

        assertThat(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, bearer)).hasStatusOk()
                .bodyJson().hasPathSatisfying("$.roles", v -> v.assertThat().asList().containsExactly(role.name()));
        // an expert's account reaches only its own reviews besides itself and its tokens (decision 0042)
        assertThat(mvc.get().uri("/api/v1/regions").header(HttpHeaders.AUTHORIZATION, bearer))
                .hasStatus(role == Role.EXPERT ? HttpStatus.FORBIDDEN : HttpStatus.OK);
        assertThat(mvc.get().uri("/api/v1/auth/tokens").header(HttpHeaders.AUTHORIZATION, bearer)).hasStatusOk();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
    void onlyAnAdministratorManagesUsers(Role role) {
        String bearer = fixtures.bearer(role);
        AccountView someone = fixtures.account(Role.ANALYST);

        assertThat(mvc.get().uri("/api/v1/users").header(HttpHeaders.AUTHORIZATION, bearer))
                .hasStatus(HttpStatus.FORBIDDEN)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.access.denied"));
        assertThat(mvc.get().uri("/api/v1/users/{id}", someone.id()).header(HttpHeaders.AUTHORIZATION, bearer))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/api/v1/users").header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\": \"sneaky\", \"password\": \"long-enough-1\", \"displayName\": \"x\", \"roles\": [\"ADMIN\"]}"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.patch().uri("/api/v1/users/{id}", someone.id()).header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"roles\": [\"ADMIN\"]}"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(fixtures.jdbc().sql("select count(*) from account where username = 'sneaky'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void anAdministratorManagesUsers() {
        assertThat(mvc.get().uri("/api/v1/users").header(HttpHeaders.AUTHORIZATION, fixtures.bearer(Role.ADMIN)))
                .hasStatusOk();
    }

    @Test
    void anUnknownRouteUnderTheApiStillNeedsCredentials() {
        assertThat(mvc.get().uri("/api/v1/not-yet-written")).hasStatus(HttpStatus.UNAUTHORIZED);
    }
}
