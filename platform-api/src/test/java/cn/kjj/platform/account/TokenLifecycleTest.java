package cn.kjj.platform.account;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiFixtures;
import cn.kjj.platform.ApiTest;
import cn.kjj.platform.ApiTestApplication.MutableClock;
import cn.kjj.platform.identity.Role;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** A token stops opening the API once it expires, is revoked, or its account is disabled. */
@ApiTest
class TokenLifecycleTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApiFixtures fixtures;

    @Autowired
    MutableClock clock;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    AccountService accounts;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anExpiredTokenIs401() {
        Instant start = Instant.parse("2026-05-01T00:00:00Z");
        clock.set(start);
        AccountView account = fixtures.account(Role.ANALYST);
        String token = tokens.issue(ApiFixtures.principal(account), "short-lived", 1).token();
        assertThat(me(token)).hasStatusOk();

        clock.set(start.plus(Duration.ofDays(1)).plusSeconds(1));

        assertThat(me(token)).hasStatus(HttpStatus.UNAUTHORIZED).bodyJson()
                .hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.auth.invalidToken"));
    }

    @Test
    void aRevokedTokenIs401() {
        AccountView account = fixtures.account(Role.ANALYST);
        IssuedToken issued = tokens.issue(ApiFixtures.principal(account), "to revoke", 30);
        assertThat(me(issued.token())).hasStatusOk();

        tokens.revoke(ApiFixtures.principal(account), issued.id());

        assertThat(me(issued.token())).hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aDisabledAccountsTokenIs401AndWorksAgainWhenReEnabled() {
        AccountView account = fixtures.account(Role.OFFICIAL);
        String token = fixtures.token(account);

        accounts.change(account.id(), new AccountChange(false, null, null, null, null));
        assertThat(me(token)).hasStatus(HttpStatus.UNAUTHORIZED);

        accounts.change(account.id(), new AccountChange(true, null, null, null, null));
        assertThat(me(token)).hasStatusOk();
    }

    @Test
    void aTokenUsedAMomentAgoStopsAtOnceWhenRevokedOrItsAccountDisabledOnThisNode() {
        AccountView account = fixtures.account(Role.OFFICIAL);
        IssuedToken first = tokens.issue(ApiFixtures.principal(account), "first", 30);
        IssuedToken second = tokens.issue(ApiFixtures.principal(account), "second", 30);
        assertThat(me(first.token())).hasStatusOk();
        assertThat(me(second.token())).hasStatusOk();

        tokens.revoke(ApiFixtures.principal(account), first.id());
        assertThat(me(first.token())).as("revoked a moment after it was used").hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(me(second.token())).hasStatusOk();

        accounts.change(account.id(), new AccountChange(false, null, null, null, null));
        assertThat(me(second.token())).as("its account disabled a moment after it was used")
                .hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aTokenRevokedOnAnotherNodeStopsHereWithinTwoSeconds() {
        Instant start = Instant.parse("2026-05-01T00:00:00Z");
        clock.set(start);
        AccountView account = fixtures.account(Role.ANALYST);
        IssuedToken issued = tokens.issue(ApiFixtures.principal(account), "used on two nodes", 30);
        assertThat(me(issued.token())).hasStatusOk();

        // another node revokes it: this node learns nothing of it but the table
        fixtures.jdbc().sql("update api_token set revoked_at = ? where id = ?")
                .params(java.sql.Timestamp.from(start), issued.id()).update();

        clock.set(start.plusMillis(1_900));
        assertThat(me(issued.token())).as("still remembered as valid on this node").hasStatusOk();
        clock.set(start.plusMillis(2_000));
        assertThat(me(issued.token())).as("read again once the 2 s have passed").hasStatus(HttpStatus.UNAUTHORIZED);
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult me(String token) {
        return mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, ApiFixtures.bearer(token)).exchange();
    }
}
