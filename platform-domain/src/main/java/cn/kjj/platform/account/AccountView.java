package cn.kjj.platform.account;

import cn.kjj.platform.identity.Role;
import java.time.Instant;
import java.util.Set;

/** An account as listed to administrators: never the password hash. */
public record AccountView(Long id, String username, String displayName, Set<Role> roles, String regionCode,
                          Long enterpriseId, Long expertId, boolean enabled, Instant createdAt, Instant passwordChangedAt,
                          Instant lockedUntil, long version) {

    /** An account not bound to an expert. */
    public AccountView(Long id, String username, String displayName, Set<Role> roles, String regionCode,
                       Long enterpriseId, boolean enabled, Instant createdAt, Instant passwordChangedAt,
                       Instant lockedUntil, long version) {
        this(id, username, displayName, roles, regionCode, enterpriseId, null, enabled, createdAt, passwordChangedAt,
                lockedUntil, version);
    }

    /** Whether the account is locked after failed logins at {@code now} (its password refused until then). */
    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    AccountView withoutLock() {
        return new AccountView(id, username, displayName, roles, regionCode, enterpriseId, expertId, enabled, createdAt,
                passwordChangedAt, null, version);
    }

    static AccountView of(Account a) {
        return new AccountView(a.getId(), a.getUsername(), a.getDisplayName(), a.getRoles(), a.getRegionCode(),
                a.getEnterpriseId(), a.getExpertId(), a.isEnabled(), a.getCreatedAt(), a.getPasswordChangedAt(), a.getLockedUntil(),
                a.getVersion());
    }
}
