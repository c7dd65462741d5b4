package cn.kjj.platform;

import cn.kjj.platform.account.AccountRepository;
import cn.kjj.platform.account.AccountService;
import cn.kjj.platform.account.NewAccount;
import cn.kjj.platform.identity.Role;
import java.util.Set;
import org.springframework.context.ApplicationContext;

/**
 * Accounts the portal tests log in with, created through {@link AccountService} the first
 * time a test asks for them (the shared context keeps them for the rest of the run).
 */
public final class TestAccounts {

    public static final String PASSWORD = "portal-test-password";

    /** An official of Jianghai district (440704). */
    public static final String OFFICIAL = "portal.official";
    public static final String OFFICIAL_NAME = "门户测试员";

    private TestAccounts() {
    }

    public static void ensureExist(ApplicationContext context) {
        AccountRepository repository = context.getBean(AccountRepository.class);
        if (!repository.existsByUsername(OFFICIAL)) {
            context.getBean(AccountService.class).create(new NewAccount(OFFICIAL, PASSWORD, OFFICIAL_NAME,
                    Set.of(Role.OFFICIAL), "440704", null));
        }
    }
}
