package cn.kjj.platform;

import cn.kjj.platform.account.AccountService;
import cn.kjj.platform.account.AccountView;
import cn.kjj.platform.account.ApiTokenService;
import cn.kjj.platform.account.NewAccount;
import cn.kjj.platform.enterprise.CreditCode;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.Role;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Test data made by each test for itself, with unique usernames, so that tests neither depend on
 * demo data nor on each other.
 */
@Component
public class ApiFixtures {

    private static final AtomicLong ORGANISATIONS =
            new AtomicLong(ThreadLocalRandom.current().nextLong(10_000_000, 50_000_000));

    public static final String PASSWORD = "correct-horse-battery";
    public static final String JIANGHAI = "440704";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final AccountService accounts;
    private final ApiTokenService tokens;
    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private volatile String passwordHash;

    ApiFixtures(AccountService accounts, ApiTokenService tokens, JdbcClient jdbc, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
    }

    /** A fresh, unique username such as {@code official-17-4821}. */
    public static String uniqueUsername(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet() + "-" + ThreadLocalRandom.current().nextInt(1000, 10000);
    }

    /**
     * A new account of {@code role}, bound to Jianghai (official), a new enterprise (enterprise clerk) or a
     * new expert of Jianghai's registry (expert).
     */
    public AccountView account(Role role) {
        if (role == Role.EXPERT) {
            long expert = jdbc.sql("insert into expert (name, organisation, region_code) values ('测试专家', '五邑大学', ?) "
                    + "returning id").param(JIANGHAI).query(Long.class).single();
            return accounts.create(new NewAccount(uniqueUsername("expert"), PASSWORD, "Test EXPERT", Set.of(role),
                    null, null, expert));
        }
        String regionCode = role == Role.OFFICIAL ? JIANGHAI : null;
        Long enterpriseId = role == Role.ENTERPRISE ? enterprise() : null;
        return account(role, regionCode, enterpriseId);
    }

    /** A new account of {@code role} bound to this region (officials) or enterprise (enterprise clerks). */
    public AccountView account(Role role, String regionCode, Long enterpriseId) {
        return accounts.create(new NewAccount(uniqueUsername(role.name().toLowerCase()), PASSWORD,
                "Test " + role.name(), Set.of(role), regionCode, enterpriseId));
    }

    /**
     * A new account written straight to the table, without the account service's audit event and
     * with one password hash computed once: bcrypt takes tens of milliseconds per account, too slow
     * for tests that need many. Its password is {@link #PASSWORD} all the same.
     */
    public AccountView quickAccount(Role role, String regionCode, Long enterpriseId) {
        String username = uniqueUsername(role.name().toLowerCase());
        String displayName = "Test " + role.name() + " " + username;
        return jdbc.sql("""
                        insert into account (username, password_hash, display_name, roles, region_code, enterprise_id)
                        values (?, ?, ?, array[?]::varchar(20)[], ?, ?)
                        returning id, created_at""")
                .params(username, passwordHash(), displayName, role.name(), regionCode, enterpriseId)
                .query((rs, row) -> new AccountView(rs.getLong(1), username, displayName, Set.of(role), regionCode,
                        enterpriseId, true, rs.getObject(2, java.time.OffsetDateTime.class).toInstant(), null, null, 0))
                .single();
    }

    /** The {@code Authorization} header of a new official of {@code regionCode}. */
    public String officialBearer(String regionCode) {
        return bearer(token(quickAccount(Role.OFFICIAL, regionCode, null)));
    }

    /** The {@code Authorization} header of a new clerk of enterprise {@code enterpriseId}. */
    public String enterpriseBearer(long enterpriseId) {
        return bearer(token(quickAccount(Role.ENTERPRISE, null, enterpriseId)));
    }

    /** The {@code Authorization} header of a new account of {@code role} (no region, no enterprise). */
    public String quickBearer(Role role) {
        return bearer(token(quickAccount(role, null, null)));
    }

    private String passwordHash() {
        String hash = passwordHash;
        if (hash == null) {
            hash = passwordEncoder.encode(PASSWORD);
            passwordHash = hash;
        }
        return hash;
    }

    /** A bearer token of {@code account}, valid for 30 days. */
    public String token(AccountView account) {
        return tokens.issue(principal(account), "test", 30).token();
    }

    /** The {@code Authorization} header of a new account of {@code role}. */
    public String bearer(Role role) {
        return bearer(token(account(role)));
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    public static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A new enterprise in Jianghai with a valid credit code of its own. */
    public long enterprise() {
        return enterprise(JIANGHAI);
    }

    /** A new enterprise in district {@code regionCode} with a valid credit code of its own. */
    public long enterprise(String regionCode) {
        String organisation = organisationDigits();
        String creditCode = creditCode(regionCode, organisation);
        return jdbc.sql("insert into enterprise (name, credit_code, region_code) values (?, ?, ?) returning id")
                .params("测试企业 " + organisation, creditCode, regionCode)
                .query(Long.class).single();
    }

    /** The credit code of enterprise {@code enterpriseId}. */
    public String creditCodeOf(long enterpriseId) {
        return jdbc.sql("select credit_code from enterprise where id = ?").param(enterpriseId)
                .query(String.class).single();
    }

    /** A valid credit code of an organisation registered in {@code regionCode}, one no other call in this run returns. */
    public static String randomCreditCode(String regionCode) {
        return creditCode(regionCode, organisationDigits());
    }

    private static String creditCode(String regionCode, String organisation) {
        return CreditCode.withCheckCharacters("91" + regionCode + organisation).value();
    }

    /**
     * Eight digits that no other call in this test JVM returns: a random start, then counted up, so
     * that the many enterprises tests add to the shared database never collide on a credit code.
     */
    private static String organisationDigits() {
        return String.format("%08d", ORGANISATIONS.incrementAndGet() % 100_000_000);
    }

    public JdbcClient jdbc() {
        return jdbc;
    }

    public static AccountPrincipal principal(AccountView account) {
        return new AccountPrincipal(account.id(), account.username(), account.displayName(), account.roles(),
                account.regionCode(), account.enterpriseId(), account.enabled(), null);
    }
}
