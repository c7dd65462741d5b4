package cn.kjj.platform.account;

import cn.kjj.platform.common.VersionedEntity;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person who signs in. Bound to a region (officials) or an enterprise (enterprise clerks). */
@Entity
@Table(name = "account")
public class Account extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "roles", nullable = false, columnDefinition = "varchar(20)[]")
    private String[] roles;

    @Column(name = "region_code", length = 6)
    private String regionCode;

    @Column(name = "enterprise_id")
    private Long enterpriseId;

    /** The expert of the registry an EXPERT account signs in as (decision 0042). */
    @Column(name = "expert_id", updatable = false)
    private Long expertId;

    @Column(nullable = false)
    private boolean enabled = true;

    /** Kept by {@link LoginAttempts} with single SQL updates; never written through the entity. */
    @Column(name = "failed_logins", nullable = false, insertable = false, updatable = false)
    private int failedLogins;

    @Column(name = "locked_until", insertable = false, updatable = false)
    private Instant lockedUntil;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    protected Account() {
    }

    public Account(String username, String passwordHash, String displayName, Set<Role> roles,
                   String regionCode, Long enterpriseId, Instant now) {
        super(now);
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.roles = toArray(roles);
        this.regionCode = regionCode;
        this.enterpriseId = enterpriseId;
    }

    /** An account bound to an expert of the registry (role EXPERT). */
    Account(String username, String passwordHash, String displayName, Set<Role> roles, Long expertId, Instant now) {
        this(username, passwordHash, displayName, roles, null, null, now);
        this.expertId = expertId;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Set<Role> getRoles() {
        EnumSet<Role> set = EnumSet.noneOf(Role.class);
        Arrays.stream(roles).map(Role::valueOf).forEach(set::add);
        return set;
    }

    /** The account as every layer sees the signed-in person, password hash included (for logging in). */
    public AccountPrincipal principal() {
        return new AccountPrincipal(id, username, displayName, getRoles(), regionCode, enterpriseId, enabled,
                passwordHash);
    }

    public String getRegionCode() {
        return regionCode;
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public Long getExpertId() {
        return expertId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    void changeRoles(Set<Role> newRoles, String newRegionCode, Long newEnterpriseId, Instant now) {
        this.roles = toArray(newRoles);
        this.regionCode = newRegionCode;
        this.enterpriseId = newEnterpriseId;
        touch(now);
    }

    void changeEnabled(boolean value, Instant now) {
        this.enabled = value;
        touch(now);
    }

    void changeDisplayName(String value, Instant now) {
        this.displayName = value;
        touch(now);
    }

    void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        // as PostgreSQL keeps it (microseconds), so that the value read back later is the same
        this.passwordChangedAt = now.truncatedTo(ChronoUnit.MICROS);
        touch(now);
    }

    @Override
    protected String entityName() {
        return "account";
    }

    private static String[] toArray(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).toArray(String[]::new);
    }
}
