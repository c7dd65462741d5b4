package cn.kjj.platform.account;

import java.time.Instant;
import java.util.Optional;

/**
 * The failed-login counter and lock of each account, kept in the account row with single SQL
 * statements so that every application node sees and changes the same state. Unknown usernames
 * change nothing (no row is ever created for them).
 */
public interface LoginAttempts {

    /** The account's state after a failure was counted. */
    record Failure(long accountId, String regionCode, int failedLogins, Instant lockedUntil) {
    }

    /** Until when the account with this (normalised) username is locked; empty when it is not or does not exist. */
    Optional<Instant> lockedUntil(String username, Instant now);

    /** Counts a failure (row-locked, so concurrent failures all count); empty for an unknown username. */
    Optional<Failure> countFailure(String username);

    /** Locks the account until the given time. */
    void lock(long accountId, Instant until);

    /** Clears the counter and the lock; true when there was something to clear. */
    boolean reset(long accountId);
}
