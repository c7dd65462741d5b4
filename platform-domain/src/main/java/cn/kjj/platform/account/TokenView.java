package cn.kjj.platform.account;

import java.time.Instant;

/** A token as listed to its owner: never the token itself. */
public record TokenView(Long id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
                        Instant revokedAt) {

    static TokenView of(ApiToken t) {
        return new TokenView(t.getId(), t.getName(), t.getCreatedAt(), t.getExpiresAt(), t.getLastUsedAt(),
                t.getRevokedAt());
    }
}
