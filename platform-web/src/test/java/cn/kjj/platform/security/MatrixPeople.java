package cn.kjj.platform.security;

import cn.kjj.platform.account.AccountRepository;
import cn.kjj.platform.account.AccountService;
import cn.kjj.platform.account.NewAccount;
import cn.kjj.platform.enterprise.CreditCode;
import cn.kjj.platform.enterprise.EnterpriseDetails;
import cn.kjj.platform.enterprise.EnterpriseRepository;
import cn.kjj.platform.enterprise.EnterpriseService;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.Role;
import cn.kjj.platform.program.ExpertDetails;
import cn.kjj.platform.program.ExpertService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The people of the authorisation matrix, one account each, made once per test run: the records
 * the matrix opens belong to {@link Who#OWNER}'s enterprise in Jianghai (440704).
 */
final class MatrixPeople {

    static final String JIANGHAI = "440704";
    static final String PENGJIANG = "440703";
    static final String JIANGMEN = "440700";
    static final String PASSWORD = "Matrix-test-password-7";

    private final ApplicationContext context;
    private final Map<Who, AccountPrincipal> principals = new EnumMap<>(Who.class);

    MatrixPeople(ApplicationContext context) {
        this.context = context;
        long owned = enterprise("91440704MX", "江海区矩阵测试科技有限公司", JIANGHAI);
        long other = enterprise("91440703MX", "蓬江区矩阵测试科技有限公司", PENGJIANG);
        principals.put(Who.ADMIN, account("matrix.admin", Role.ADMIN, null, null));
        principals.put(Who.OFFICIAL, account("matrix.official", Role.OFFICIAL, JIANGHAI, null));
        principals.put(Who.OTHER_OFFICIAL, account("matrix.other-official", Role.OFFICIAL, PENGJIANG, null));
        principals.put(Who.CITY_OFFICIAL, account("matrix.city", Role.OFFICIAL, JIANGMEN, null));
        principals.put(Who.OWNER, account("matrix.owner", Role.ENTERPRISE, null, owned));
        principals.put(Who.OTHER_ENTERPRISE, account("matrix.other-enterprise", Role.ENTERPRISE, null, other));
        principals.put(Who.ANALYST, account("matrix.analyst", Role.ANALYST, null, null));
        principals.put(Who.EXPERT, expertAccount());
    }

    /** The expert bound to {@link Who#EXPERT}'s account, whom the records' reviews are assigned to. */
    long expertId() {
        return context.getBean(AccountRepository.class).findByUsername("matrix.expert").orElseThrow().getExpertId();
    }

    /** An expert of Jianghai's registry and his account (decision 0042). */
    private AccountPrincipal expertAccount() {
        String username = "matrix.expert";
        if (!context.getBean(AccountRepository.class).existsByUsername(username)) {
            long expert = context.getBean(ExpertService.class).create(admin(),
                    new ExpertDetails("矩阵评审专家", "矩阵大学", null, "智能制造", JIANGHAI)).id();
            context.getBean(AccountService.class).create(new NewAccount(username, PASSWORD, "矩阵 " + username,
                    Set.of(Role.EXPERT), null, null, expert));
        }
        return ((AccountPrincipal) context.getBean(UserDetailsService.class).loadUserByUsername(username))
                .withoutPassword();
    }

    AccountPrincipal get(Who who) {
        return principals.get(who);
    }

    long ownerEnterpriseId() {
        return get(Who.OWNER).enterpriseId();
    }

    private AccountPrincipal account(String username, Role role, String region, Long enterpriseId) {
        if (!context.getBean(AccountRepository.class).existsByUsername(username)) {
            context.getBean(AccountService.class).create(new NewAccount(username, PASSWORD, "矩阵 " + username,
                    Set.of(role), region, enterpriseId));
        }
        return ((AccountPrincipal) context.getBean(UserDetailsService.class).loadUserByUsername(username))
                .withoutPassword();
    }

    private long enterprise(String prefix, String name, String region) {
        String code = CreditCode.withCheckCharacters(prefix + "000001").value();
        EnterpriseRepository repository = context.getBean(EnterpriseRepository.class);
        return repository.findByCreditCode(code).map(e -> e.getId()).orElseGet(() ->
                context.getBean(EnterpriseService.class).create(admin(), new EnterpriseDetails(name, code, region,
                        "电子信息", LocalDate.of(2018, 5, 1), 30, 6, new BigDecimal("8000000.00"),
                        new BigDecimal("600000.00"))).id());
    }

    private AccountPrincipal admin() {
        return ((AccountPrincipal) context.getBean(UserDetailsService.class).loadUserByUsername("admin"))
                .withoutPassword();
    }
}
