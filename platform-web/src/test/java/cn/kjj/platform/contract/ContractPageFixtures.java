package cn.kjj.platform.contract;

import cn.kjj.platform.enterprise.CreditCode;
import cn.kjj.platform.enterprise.Enterprise;
import cn.kjj.platform.enterprise.EnterpriseDetails;
import cn.kjj.platform.enterprise.EnterpriseRepository;
import cn.kjj.platform.identity.AccountPrincipal;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Contracts and people for the portal's contract tests, on the shared demo data: the demo
 * enterprise (Jianghai 440704), its officials, and a second enterprise in Pengjiang (440703)
 * that Jianghai's officials must not see. Amounts are random so that no two tests file
 * "duplicates" of each other.
 */
public final class ContractPageFixtures {

    static final String ENTERPRISE = "enterprise.demo";
    static final String OFFICIAL = "official.jianghai";
    static final String CITY_OFFICIAL = "official.city";
    static final String ADMIN = "admin";
    /** A valid code of another firm (docs: domain.md "Identifiers"). */
    static final String BUYER_CODE = "91440300708461136T";
    static final String PENGJIANG = "440703";
    private static final String PENGJIANG_CODE = CreditCode.withCheckCharacters("91440703MA4PJT01").value();
    private static final AtomicInteger SERIAL = new AtomicInteger();

    private final ApplicationContext context;

    public ContractPageFixtures(ApplicationContext context) {
        this.context = context;
    }

    AccountPrincipal principal(String username) {
        return ((AccountPrincipal) context.getBean(UserDetailsService.class).loadUserByUsername(username))
                .withoutPassword();
    }

    /** A token to put in titles, so that a test finds its own contracts with {@code q}. */
    public static String unique(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000_000L + "-" + SERIAL.incrementAndGet();
    }

    /** A filter on text alone. */
    static ContractFilter text(String q) {
        return new ContractFilter(null, null, null, null, null, null, null, null, q, null);
    }

    static BigDecimal randomAmount() {
        return BigDecimal.valueOf(ThreadLocalRandom.current().nextLong(10_000_000L, 400_000_000L), 2);
    }

    static ContractTerms terms(String title, BigDecimal amount) {
        LocalDate signed = LocalDate.now(ReviewClock.ZONE).minusDays(10);
        return new ContractTerms(title, ContractType.TECHNOLOGY_DEVELOPMENT, ContractSubtype.COMMISSIONED,
                TechnologyField.ADVANCED_MANUFACTURING, new Buyer("深圳市示例买方有限公司", BUYER_CODE, "440300", "CN"),
                signed, signed, signed.plusYears(1), amount, amount);
    }

    /** The form fields of a valid contract, as the browser sends them. */
    static Map<String, String> validForm(String title, BigDecimal amount) {
        LocalDate signed = LocalDate.now(ReviewClock.ZONE).minusDays(10);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", title);
        form.put("type", "TECHNOLOGY_TRANSFER");
        form.put("subtype", "PATENT");
        form.put("technologyField", "NEW_MATERIALS");
        form.put("buyerName", "深圳市示例买方有限公司");
        form.put("buyerCreditCode", BUYER_CODE);
        form.put("buyerRegionCode", "440300");
        form.put("buyerCountry", "CN");
        form.put("signedOn", signed.toString());
        form.put("validFrom", signed.toString());
        form.put("validTo", signed.plusYears(2).toString());
        form.put("contractAmount", amount.toPlainString());
        form.put("techTransactionAmount", amount.toPlainString());
        return form;
    }

    public ContractView fileForDemoEnterprise(String title, boolean submit) {
        return fileForDemoEnterprise(title, randomAmount(), submit);
    }

    ContractView fileForDemoEnterprise(String title, BigDecimal amount, boolean submit) {
        return context.getBean(ContractService.class)
                .create(principal(ENTERPRISE), new NewContract(terms(title, amount), null, submit));
    }

    /** A submitted contract of a Pengjiang firm, entered by the administrator on its behalf. */
    ContractView fileInPengjiang(String title) {
        return context.getBean(ContractService.class).create(principal(ADMIN),
                new NewContract(terms(title, randomAmount()), pengjiangEnterprise(), true));
    }

    long demoEnterpriseId() {
        return principal(ENTERPRISE).enterpriseId();
    }

    /** Moves a contract's due date into the past, as if the review clock had run out. */
    void makeOverdue(long contractId, int daysLate) {
        context.getBean(JdbcClient.class).sql("update technology_contract set due_on = ? where id = ?")
                .params(LocalDate.now(ReviewClock.ZONE).minusDays(daysLate), contractId).update();
    }

    /** The demo enterprise's credit code (Jianghai). */
    String demoEnterpriseCreditCode() {
        return context.getBean(EnterpriseRepository.class).findById(demoEnterpriseId()).orElseThrow().getCreditCode();
    }

    /** The credit code of the Pengjiang firm, which is created when first needed. */
    String pengjiangCreditCode() {
        pengjiangEnterprise();
        return PENGJIANG_CODE;
    }

    private long pengjiangEnterprise() {
        EnterpriseRepository enterprises = context.getBean(EnterpriseRepository.class);
        return enterprises.findByCreditCode(PENGJIANG_CODE).orElseGet(() -> enterprises.save(new Enterprise(
                new EnterpriseDetails("江门市蓬江区门户测试科技有限公司", PENGJIANG_CODE, PENGJIANG, "新材料",
                        LocalDate.of(2019, 3, 1), 40, 8, new BigDecimal("12000000.00"), new BigDecimal("900000.00")),
                Instant.now()))).getId();
    }
}
