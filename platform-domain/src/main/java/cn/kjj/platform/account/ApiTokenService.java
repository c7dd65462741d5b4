package cn.kjj.platform.account;

import cn.kjj.platform.audit.AuditLog;
import cn.kjj.platform.common.Bookkeeping;
import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.common.InvalidInputException;
import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.identity.AccountPrincipal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bearer tokens for the API. A token is 32 random bytes; only its SHA-256 is stored (a fast
 * hash is enough for a secret of that entropy, and it lets the lookup use an index).
 */
@Service
public class ApiTokenService {

    public static final String PREFIX = "kjj_";
    public static final int MAX_DAYS = 366;
    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final AccountRepository accounts;
    private final AuditLog audit;
    private final Clock clock;
    private final TokenValidityCache validity;
    private final TransactionTemplate transaction;
    private final SecureRandom random = new SecureRandom();

    ApiTokenService(ApiTokenRepository tokens, AccountRepository accounts, AuditLog audit, Clock clock,
                    TokenValidityCache validity, PlatformTransactionManager transactionManager) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.validity = validity;
        // a token's check writes only its last use: bookkeeping, not data an indicator reads
        this.transaction = Bookkeeping.transactions(transactionManager, "api-token-use", false);
    }

    @Transactional
    public IssuedToken issue(AccountPrincipal owner, String name, int expiresInDays) {
        if (expiresInDays < 1 || expiresInDays > MAX_DAYS) {
            throw InvalidInputException.forField("expiresInDays", "error.token.expiry",
                    "must be between 1 and " + MAX_DAYS + " days");
        }
        if (name == null || name.isBlank() || name.length() > 100) {
            throw InvalidInputException.forField("name", "error.token.name", "a name of 1 to 100 characters is required");
        }
        if (!FieldErrors.isStorable(name)) {
            throw InvalidInputException.forField("name", "error.field.invalidCharacters",
                    "contains control characters or broken Unicode");
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        ApiToken saved = tokens.save(new ApiToken(owner.id(), name.trim(), hash(token), now,
                now.plus(Duration.ofDays(expiresInDays))));
        audit.record("token.issue", "api_token", saved.getId(), null, null, TokenView.of(saved));
        return new IssuedToken(saved.getId(), saved.getName(), token, saved.getExpiresAt());
    }

    @Transactional(readOnly = true)
    public List<TokenView> list(AccountPrincipal owner) {
        return tokens.findByAccountIdOrderByCreatedAtDesc(owner.id()).stream().map(TokenView::of).toList();
    }

    /** Revokes one of the owner's tokens; someone else's token is "not found". */
    @Transactional
    public void revoke(AccountPrincipal owner, Long tokenId) {
        ApiToken token = tokens.findByIdAndAccountId(tokenId, owner.id())
                .orElseThrow(() -> NotFoundException.of("token", tokenId));
        TokenView before = TokenView.of(token);
        token.revoke(clock.instant());
        validity.forgetAccount(owner.id());
        audit.record("token.revoke", "api_token", tokenId, null, before, TokenView.of(token));
    }

    /**
     * The account behind a presented token, if the token is known, unexpired, unrevoked and its account enabled.
     * A token this node found valid within the last {@code platform.api.token-cache-ttl} is answered from
     * memory, without a transaction (decision 0052); otherwise the token and its account are read.
     */
    public Optional<AccountPrincipal> authenticate(String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 200) {
            return Optional.empty();
        }
        String hash = hash(presented);
        Instant now = clock.instant();
        AccountPrincipal remembered = validity.valid(hash, now);
        if (remembered != null) {
            return Optional.of(remembered);
        }
        long generation = validity.generation();
        return transaction.execute(status -> tokens.findByTokenHash(hash)
                .filter(t -> t.isUsableAt(now))
                .flatMap(t -> {
                    if (t.getLastUsedAt() == null || t.getLastUsedAt().plus(LAST_USED_RESOLUTION).isBefore(now)) {
                        t.markUsed(now);
                    }
                    return accounts.findById(t.getAccountId())
                            .filter(Account::isEnabled)
                            .map(a -> a.principal().withoutPassword())
                            .map(principal -> {
                                validity.keep(hash, principal, now, t.getExpiresAt(), generation);
                                return principal;
                            });
                }));
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
