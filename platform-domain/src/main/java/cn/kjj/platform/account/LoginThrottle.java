package cn.kjj.platform.account;

import cn.kjj.platform.audit.AuditLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Login throttling for the portal's form login, HTTP Basic on token creation and the current
 * password of a password change: after {@value #THRESHOLD} consecutive failures an account is
 * locked for one minute, each further failure doubles the lock up to one hour, and a successful
 * login resets the count. Attempts while locked are refused without being counted, and look
 * exactly like a wrong password (docs/decisions/0021). Lock-outs are audited.
 */
@Service
public class LoginThrottle {

    public static final int THRESHOLD = 5;
    public static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    public static final Duration LONGEST_LOCK = Duration.ofHours(1);

    private final LoginAttempts attempts;
    private final AuditLog audit;
    private final Clock clock;

    LoginThrottle(LoginAttempts attempts, AuditLog audit, Clock clock) {
        this.attempts = attempts;
        this.audit = audit;
        this.clock = clock;
    }

    /** True while the account with this username is locked (false for unknown usernames). */
    @Transactional(readOnly = true)
    public boolean isLocked(String username) {
        return attempts.lockedUntil(normalise(username), clock.instant()).isPresent();
    }

    /** Counts a failed attempt; locks the account (and audits it) from the {@value #THRESHOLD}th on. */
    @Transactional
    public void failed(String username) {
        attempts.countFailure(normalise(username)).ifPresent(failure -> {
            if (failure.failedLogins() >= THRESHOLD) {
                Instant until = clock.instant().plus(lockFor(failure.failedLogins()));
                attempts.lock(failure.accountId(), until);
                Map<String, Object> before = state(failure.failedLogins() - 1, failure.lockedUntil());
                audit.record("account.lock", "account", failure.accountId(), failure.regionCode(), before,
                        state(failure.failedLogins(), until));
            }
        });
    }

    /** A successful login: the count starts again. */
    @Transactional
    public void succeeded(long accountId) {
        attempts.reset(accountId);
    }

    /**
     * An administrator ends an account's lock and its count of failures. Audited
     * ({@code account.unlock}) when there was either to clear; false when there was nothing.
     */
    @Transactional
    public boolean unlock(long accountId, String regionCode, int failedLogins, Instant lockedUntil) {
        if (!attempts.reset(accountId)) {
            return false;
        }
        audit.record("account.unlock", "account", accountId, regionCode, state(failedLogins, lockedUntil),
                state(0, null));
        return true;
    }

    /** One minute at the threshold, doubling with each further failure, at most an hour. */
    static Duration lockFor(int failedLogins) {
        int doublings = Math.min(failedLogins - THRESHOLD, 12);
        Duration lock = FIRST_LOCK.multipliedBy(1L << Math.max(doublings, 0));
        return lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
    }

    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static Map<String, Object> state(int failedLogins, Instant lockedUntil) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("failedLogins", failedLogins);
        state.put("lockedUntil", lockedUntil);
        return state;
    }
}
