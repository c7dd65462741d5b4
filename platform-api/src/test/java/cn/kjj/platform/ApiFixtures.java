package cn.kjj.platform;

import cn.kjj.platform.account.AccountPrincipal;
import cn.kjj.platform.account.AccountService;
import cn.kjj.platform.account.AccountView;
import cn.kjj.platform.account.ApiTokenService;
import cn.kjj.platform.account.NewAccount;
import cn.kjj.platform.account.Role;
import cn.kjj.platform.enterprise.CreditCode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Test data made by each test for itself, with unique usernames, so that tests neither depend on
 * demo data nor on each other.
 */
@Component
public class ApiFixtures {

    public static final String PASSWORD = "correct-horse-battery";
    public static final String JIANGHAI = "440704";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final AccountService accounts;
    private final ApiTokenService tokens;
    private final JdbcClient jdbc;

    ApiFixtures(AccountService accounts, ApiTokenService tokens, JdbcClient jdbc) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.jdbc = jdbc;
    }

    /** A fresh, unique username such as {@code official-17-4821}. */
    public static String uniqueUsername(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet() + "-" + ThreadLocalRandom.current().nextInt(1000, 10000);
    }

    /** A new account of {@code role}, bound to Jianghai (official) or a new enterprise (enterprise clerk). */
    public AccountView account(Role role) {
        String regionCode = role == Role.OFFICIAL ? JIANGHAI : null;
        Long enterpriseId = role == Role.ENTERPRISE ? enterprise() : null;
        return accounts.create(new NewAccount(uniqueUsername(role.name().toLowerCase()), PASSWORD,
                "Test " + role.name(), Set.of(role), regionCode, enterpriseId));
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

    /** A new enterprise in Jianghai with a valid, random credit code. */
    public long enterprise() {
        StringBuilder organisation = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            organisation.append(ThreadLocalRandom.current().nextInt(10));
        }
        String creditCode = CreditCode.withCheckCharacters("91" + JIANGHAI + organisation).value();
        return jdbc.sql("insert into enterprise (name, credit_code, region_code) values (?, ?, ?) returning id")
                .params("测试企业 " + organisation, creditCode, JIANGHAI)
                .query(Long.class).single();
    }

    public JdbcClient jdbc() {
        return jdbc;
    }

    public static AccountPrincipal principal(AccountView account) {
        return new AccountPrincipal(account.id(), account.username(), account.displayName(), account.roles(),
                account.regionCode(), account.enterpriseId(), account.enabled(), null);
    }
}
