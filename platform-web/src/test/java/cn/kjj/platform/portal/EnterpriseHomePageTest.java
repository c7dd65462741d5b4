package cn.kjj.platform.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.kjj.platform.PageDates;
import cn.kjj.platform.PortalTest;
import cn.kjj.platform.account.AccountService;
import cn.kjj.platform.account.NewAccount;
import cn.kjj.platform.contract.Buyer;
import cn.kjj.platform.contract.ContractService;
import cn.kjj.platform.contract.ContractSubtype;
import cn.kjj.platform.contract.ContractTerms;
import cn.kjj.platform.contract.ContractType;
import cn.kjj.platform.contract.ContractView;
import cn.kjj.platform.contract.NewContract;
import cn.kjj.platform.contract.ReviewClock;
import cn.kjj.platform.contract.TechnologyField;
import cn.kjj.platform.enterprise.CertificationKind;
import cn.kjj.platform.enterprise.CertificationService;
import cn.kjj.platform.enterprise.CreditCode;
import cn.kjj.platform.enterprise.EnterpriseDetails;
import cn.kjj.platform.enterprise.EnterpriseService;
import cn.kjj.platform.enterprise.NewCertification;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.Role;
import cn.kjj.platform.program.NewAward;
import cn.kjj.platform.program.ProgramDetails;
import cn.kjj.platform.program.ProgramKind;
import cn.kjj.platform.program.ProgramService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The enterprise home on an enterprise of its own (not the demo data, which other work
 * replaces): one returned, one draft and one submitted contract, a certificate inside the
 * renewal window and an award.
 */
@PortalTest
class EnterpriseHomePageTest {

    private static final String REGION = "440704";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void anEnterpriseClerkSeesItsContractsByStatusItsExpiringCertificateItsAwardAndWhatToDoNext() throws Exception {
        Fixture f = fixture(true);

        String page = home(f.clerk(), "zh-CN");

        assertThat(page).contains(f.name())
                .contains("补正退回的合同“" + f.returned() + "”并重新提交")
                .contains("请补上合同附件的盖章页")
                .contains("检查并提交草稿“" + f.draft() + "”")
                .contains("将于 " + PageDates.zh(f.expiresOn()) + " 到期，请准备重新认定")
                .contains("填报一份新的技术合同")
                .contains("证书还有 90 天到期")
                .contains("创新券门户测试项目")
                .contains("¥50,000.00");
        assertThat(group(page, "action")).contains(f.returned()).contains(f.draft()).doesNotContain(f.submitted());
        assertThat(group(page, "awaiting")).contains(f.submitted()).contains("办理期限")
                .doesNotContain(f.returned());
        assertThat(group(page, "registered")).contains("还没有已登记的合同。");
        assertThat(page).doesNotContain("您可以在这里做什么");
    }

    @Test
    void anEnterpriseWithoutContractsIsInvitedToFileOneAndToGetCertified() throws Exception {
        Fixture f = fixture(false);

        String page = home(f.clerk(), "en");

        assertThat(page).contains("You have not filed a technology contract yet.")
                .contains("href=\"/contracts/new\"")
                .contains("Your enterprise holds no high-tech certificate in force")
                .contains("No policy program award yet.")
                .doesNotContain("data-group=");
    }

    @Test
    void anAnalystSeesLinksToWhatTheAnalystMayOpenAndNoEnterpriseHome() throws Exception {
        AccountPrincipal analyst = account("home.analyst." + serial(), Set.of(Role.ANALYST), null, null);

        String page = home(analyst, "zh-CN");

        assertThat(page).contains("您可以在这里做什么").contains("href=\"/indicators\"")
                .doesNotContain("接下来要做的事").doesNotContain("href=\"/admin/users\"");
    }

    private String home(AccountPrincipal who, String lang) throws Exception {
        return mvc.perform(get("/").param("lang", lang).with(user(who)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    /** The markup of one contract group on the home page. */
    private static String group(String page, String key) {
        int start = page.indexOf("data-group=\"" + key + "\"");
        assertThat(start).as("group " + key).isPositive();
        int end = page.indexOf("</section>", start);
        return page.substring(start, end);
    }

    private Fixture fixture(boolean withRecords) {
        String suffix = serial();
        AccountPrincipal admin = account("home.admin." + suffix, Set.of(Role.ADMIN), null, null);
        String name = "首页测试企业" + suffix;
        String code = CreditCode.withCheckCharacters("91" + REGION + digits(8)).value();
        long id = context.getBean(EnterpriseService.class).create(admin, new EnterpriseDetails(name, code, REGION,
                "电子信息", LocalDate.of(2018, 5, 1), 30, 5, null, null)).id();
        AccountPrincipal clerk = account("home.clerk." + suffix, Set.of(Role.ENTERPRISE), null, id);
        LocalDate today = LocalDate.now(ReviewClock.ZONE);
        LocalDate expiresOn = today.plusDays(90);
        if (!withRecords) {
            return new Fixture(clerk, name, null, null, null, expiresOn);
        }
        ContractService contracts = context.getBean(ContractService.class);
        String returned = "退回合同" + suffix;
        String draft = "草稿合同" + suffix;
        String submitted = "待审合同" + suffix;
        ContractView back = contracts.create(clerk, new NewContract(terms(returned), null, true));
        contracts.returnForCorrection(admin, back.id(), "请补上合同附件的盖章页", back.version());
        contracts.create(clerk, new NewContract(terms(draft), null, false));
        contracts.create(clerk, new NewContract(terms(submitted), null, true));
        context.getBean(CertificationService.class).certify(admin, id, new NewCertification(
                "GR" + digits(12), CertificationKind.INITIAL, expiresOn.minusYears(3).plusDays(1), expiresOn));
        ProgramService programs = context.getBean(ProgramService.class);
        long program = programs.create(admin, new ProgramDetails("创新券门户测试项目" + suffix,
                ProgramKind.INNOVATION_VOUCHER, REGION, today.getYear(), new BigDecimal("1000000.00"), null)).id();
        programs.award(admin, program, new NewAward(id, new BigDecimal("50000.00"), today.minusDays(3), null));
        return new Fixture(clerk, name, returned, draft, submitted, expiresOn);
    }

    private AccountPrincipal account(String username, Set<Role> roles, String region, Long enterpriseId) {
        context.getBean(AccountService.class).create(new NewAccount(username, "home-test-password", "首页测试",
                roles, region, enterpriseId));
        return ((AccountPrincipal) context.getBean(UserDetailsService.class).loadUserByUsername(username))
                .withoutPassword();
    }

    private static ContractTerms terms(String title) {
        LocalDate signed = LocalDate.now(ReviewClock.ZONE).minusDays(10);
        BigDecimal amount = BigDecimal.valueOf(ThreadLocalRandom.current().nextLong(10_000_000L, 400_000_000L), 2);
        return new ContractTerms(title, ContractType.TECHNOLOGY_DEVELOPMENT, ContractSubtype.COMMISSIONED,
                TechnologyField.ADVANCED_MANUFACTURING, new Buyer("深圳市示例买方有限公司", "91440300708461136T",
                "440300", "CN"), signed, signed, signed.plusYears(1), amount, amount);
    }

    private static String serial() {
        return String.valueOf(System.nanoTime() % 1_000_000_000L);
    }

    private static String digits(int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        return digits.toString();
    }

    private record Fixture(AccountPrincipal clerk, String name, String returned, String draft, String submitted,
                           LocalDate expiresOn) {
    }
}
