package cn.kjj.platform.account;

import static cn.kjj.platform.ApiFixtures.PASSWORD;
import static cn.kjj.platform.ApiFixtures.basic;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiFixtures;
import cn.kjj.platform.ApiTest;
import cn.kjj.platform.ApiTestApplication.MutableClock;
import cn.kjj.platform.identity.Role;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Login throttling on HTTP Basic (token creation): the state lives in the account row, so it holds
 * across nodes; a lock looks exactly like a wrong password; unknown usernames leave no trace.
 */
@ApiTest
class LoginThrottlingTest {

    private static final Instant START = Instant.parse("2026-03-02T02:00:00Z");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApiFixtures fixtures;

    @Autowired
    MutableClock clock;

    private AccountView account;

    @BeforeEach
    void anAccountAtAFixedTime() {
        clock.set(START);
        account = fixtures.account(Role.ANALYST);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForAMinuteAndEvenTheRightOneIsThenRefusedLikeAWrongOne() {
        for (int i = 0; i < LoginThrottle.THRESHOLD; i++) {
            assertThat(createToken(account.username(), "wrong-password-" + i)).hasStatus(HttpStatus.UNAUTHORIZED);
        }
        assertThat(state()).containsEntry("failed_logins", 5)
                .containsEntry("locked_until", Timestamp.from(START.plus(Duration.ofMinutes(1))));

        MvcTestResult locked = createToken(account.username(), PASSWORD);
        MvcTestResult unknown = createToken("nobody-" + System.nanoTime(), PASSWORD);

        assertThat(locked).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(locked.getResponse().getContentAsByteArray().length).isPositive();
        assertThat(code(locked)).isEqualTo("error.auth.badCredentials").isEqualTo(code(unknown));
        assertThat(tokenCount()).isZero();
        assertThat(fixtures.jdbc().sql("""
                        select count(*) from audit_event where action = 'account.lock' and entity_id = ?
                        and (after ->> 'failedLogins')::int = 5""")
                .param(String.valueOf(account.id())).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void afterTheLockTheRightPasswordWorksAndResetsTheCount() {
        failTimes(LoginThrottle.THRESHOLD);
        clock.set(START.plus(Duration.ofSeconds(61)));

        assertThat(createToken(account.username(), PASSWORD)).hasStatus(HttpStatus.CREATED);
        assertThat(state()).containsEntry("failed_logins", 0).containsEntry("locked_until", null);
    }

    @Test
    void eachFailureAfterALockDoublesTheNextLockUpToAnHour() {
        failTimes(LoginThrottle.THRESHOLD);
        clock.set(START.plus(Duration.ofMinutes(2)));
        failTimes(1);

        assertThat(state()).containsEntry("failed_logins", 6)
                .containsEntry("locked_until", Timestamp.from(START.plus(Duration.ofMinutes(2 + 2))));
        assertThat(LoginThrottle.lockFor(7)).isEqualTo(Duration.ofMinutes(4));
        assertThat(LoginThrottle.lockFor(11)).isEqualTo(Duration.ofHours(1));
        assertThat(LoginThrottle.lockFor(500)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void attemptsWhileLockedAreNotCounted() {
        failTimes(LoginThrottle.THRESHOLD + 3);

        assertThat(state()).containsEntry("failed_logins", 5);
    }

    @Test
    void failuresForAnUnknownUsernameCreateNoRowAndNoEvent() {
        long accounts = count("select count(*) from account");
        long events = count("select count(*) from audit_event");
        String nobody = "ghost-" + System.nanoTime();

        for (int i = 0; i < LoginThrottle.THRESHOLD + 1; i++) {
            assertThat(createToken(nobody, "whatever-" + i)).hasStatus(HttpStatus.UNAUTHORIZED);
        }

        assertThat(count("select count(*) from account")).isEqualTo(accounts);
        assertThat(count("select count(*) from audit_event")).isEqualTo(events);
    }

    @Test
    void aLockedAccountsExistingTokensKeepWorking() {
        String token = fixtures.token(account);
        failTimes(LoginThrottle.THRESHOLD);

        assertThat(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, ApiFixtures.bearer(token)))
                .hasStatusOk();
    }

    private void failTimes(int times) {
        for (int i = 0; i < times; i++) {
            createToken(account.username(), "wrong-password-" + i);
        }
    }

    private MvcTestResult createToken(String username, String password) {
        return mvc.post().uri("/api/v1/auth/tokens")
                .header(HttpHeaders.AUTHORIZATION, basic(username, password))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"throttle test\"}")
                .exchange();
    }

    private static String code(MvcTestResult result) {
        return JsonPath.read(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8), "$.code");
    }

    private Map<String, Object> state() {
        return fixtures.jdbc().sql("select failed_logins, locked_until from account where id = ?")
                .param(account.id()).query().singleRow();
    }

    private long tokenCount() {
        return count("select count(*) from api_token where account_id = " + account.id());
    }

    private long count(String sql) {
        return fixtures.jdbc().sql(sql).query(Long.class).single();
    }
}
