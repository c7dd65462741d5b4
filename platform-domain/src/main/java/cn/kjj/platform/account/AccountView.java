package cn.kjj.platform.account;

import cn.kjj.platform.identity.Role;
import java.time.Instant;
import java.util.Set;

/** An account as listed to administrators: never the password hash. */
public record AccountView(Long id, String username, String displayName, Set<Role> roles, String regionCode,
                          Long enterpriseId, boolean enabled, Instant createdAt, Instant passwordChangedAt,
                          Instant lockedUntil, long version) {

    static AccountView of(Account a) {
        return new AccountView(a.getId(), a.getUsername(), a.getDisplayName(), a.getRoles(), a.getRegionCode(),
                a.getEnterpriseId(), a.isEnabled(), a.getCreatedAt(), a.getPasswordChangedAt(), a.getLockedUntil(),
                a.getVersion());
    }
}
