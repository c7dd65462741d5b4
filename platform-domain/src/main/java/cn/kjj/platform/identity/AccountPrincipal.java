package cn.kjj.platform.identity;

import cn.kjj.platform.region.RegionReach;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as every layer sees it: who, with which roles, scoped to which region
 * or enterprise. Immutable; the password hash is only present while logging in.
 */
public record AccountPrincipal(Long id, String username, String displayName, Set<Role> roles,
                               String regionCode, Long enterpriseId, boolean enabled, String passwordHash)
        implements UserDetails, RegionReach {

    public AccountPrincipal {
        roles = Set.copyOf(roles);
    }

    /** The same principal without its password hash, as kept in the session. */
    public AccountPrincipal withoutPassword() {
        return new AccountPrincipal(id, username, displayName, roles, regionCode, enterpriseId, enabled, null);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /**
     * Everything of this principal that decides what it may read and which records a scoped query counts: roles,
     * official region, enterprise. Two principals of equal reach get equal answers; what is kept in memory for one
     * (decision 0057) is keyed by it.
     */
    public String reach() {
        return roles.stream().sorted().toList() + "/" + officialRegion() + "/" + enterpriseId;
    }

    @Override
    public boolean readsEveryRegion() {
        return has(Role.ADMIN) || has(Role.ANALYST);
    }

    @Override
    public boolean writesEveryRegion() {
        return has(Role.ADMIN);
    }

    @Override
    public String officialRegion() {
        return has(Role.OFFICIAL) ? regionCode : null;
    }

    @Override
    public boolean keepsRecords() {
        return has(Role.ADMIN) || has(Role.OFFICIAL);
    }

    @Override
    public boolean actsForEnterprise() {
        return has(Role.ENTERPRISE);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = roles.stream()
                .sorted()
                .map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority()))
                .toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return "AccountPrincipal[" + username + " " + roles + "]";
    }
}
