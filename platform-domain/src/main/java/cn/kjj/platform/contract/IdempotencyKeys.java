package cn.kjj.platform.contract;

import java.util.Optional;

/**
 * Remembers which contract a client's {@code Idempotency-Key} created, per account, so that a
 * retried POST returns the first result instead of a second contract.
 */
public interface IdempotencyKeys {

    /** A key seen before: the contract it created and the hash of the request that came with it. */
    record Remembered(long contractId, String requestHash) {
    }

    Optional<Remembered> find(long accountId, String key);

    /** Stores the key in the caller's transaction; a concurrent twin fails on the primary key. */
    void remember(long accountId, String key, String requestHash, long contractId);
}
