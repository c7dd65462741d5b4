package cn.kjj.platform.account;

import cn.kjj.platform.identity.AccountPrincipal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * This node's memory of bearer tokens it found valid a moment ago (decision 0052): the token's hash,
 * the account it opens and until when that answer may be reused, at most {@code
 * platform.api.token-cache-ttl} (2 s) and never past the token's own expiry. A revocation or a change
 * of the account on this node forgets the account's tokens once that change commits; on another node
 * the change takes effect when the entry runs out. A TTL of zero turns the cache off.
 *
 * <p>An answer read from the database before a revocation committed must not be kept after it: every
 * forgetting moves a generation, and {@link #keep} drops an answer whose lookup began in an earlier one.
 */
@Component
class TokenValidityCache {

    /** More entries than this and the cache starts over: a flood of tokens cannot fill the heap. */
    static final int MAX_ENTRIES = 10_000;

    private record Entry(AccountPrincipal principal, Instant since, Instant until) {
    }

    private final Duration ttl;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    TokenValidityCache(@Value("${platform.api.token-cache-ttl:PT2S}") Duration ttl) {
        this.ttl = ttl.isNegative() ? Duration.ZERO : ttl;
    }

    /** The account a token opened a moment ago, or null when the database must be asked. */
    AccountPrincipal valid(String tokenHash, Instant now) {
        Entry entry = entries.get(tokenHash);
        if (entry == null) {
            return null;
        }
        // run out, or the clock was set back past the moment the answer was read: ask again
        if (!now.isBefore(entry.until()) || now.isBefore(entry.since())) {
            entries.remove(tokenHash, entry);
            return null;
        }
        return entry.principal();
    }

    /** Taken before the database is asked; hand it to {@link #keep}. */
    long generation() {
        return generation.get();
    }

    /** Remembers a valid token unless something was forgotten since {@code generation} was read. */
    void keep(String tokenHash, AccountPrincipal principal, Instant now, Instant tokenExpires, long generationRead) {
        if (ttl.isZero()) {
            return;
        }
        Instant until = now.plus(ttl);
        if (tokenExpires != null && tokenExpires.isBefore(until)) {
            until = tokenExpires;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(tokenHash, new Entry(principal, now, until));
        if (generation.get() != generationRead) {   // a revocation or account change raced the lookup
            entries.remove(tokenHash);
        }
    }

    /**
     * Forgets every token of the account, now and again when the caller's transaction commits (an
     * answer read in between, from the state before the commit, is dropped by the generation).
     */
    void forgetAccount(long accountId) {
        forget(accountId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget(accountId);
                }
            });
        }
    }

    private void forget(long accountId) {
        generation.incrementAndGet();
        entries.values().removeIf(entry -> accountId == entry.principal().id());
    }
}
