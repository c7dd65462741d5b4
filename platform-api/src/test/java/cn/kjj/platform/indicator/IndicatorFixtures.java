package cn.kjj.platform.indicator;

import cn.kjj.platform.ApiFixtures;
import cn.kjj.platform.ApiTestApplication.MutableClock;
import cn.kjj.platform.contract.Buyer;
import cn.kjj.platform.contract.ContractService;
import cn.kjj.platform.contract.ContractSubtype;
import cn.kjj.platform.contract.ContractTerms;
import cn.kjj.platform.contract.ContractType;
import cn.kjj.platform.contract.DecisionGround;
import cn.kjj.platform.contract.FilingDetails;
import cn.kjj.platform.contract.PartyNature;
import cn.kjj.platform.contract.RefusalReason;
import cn.kjj.platform.contract.RegistrationDecision;
import cn.kjj.platform.contract.NewContract;
import cn.kjj.platform.contract.TechnologyField;
import cn.kjj.platform.enterprise.CertificationKind;
import cn.kjj.platform.enterprise.CertificationService;
import cn.kjj.platform.enterprise.NewCertification;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.Role;
import cn.kjj.platform.statistics.StatisticFigures;
import cn.kjj.platform.statistics.StatisticsService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * Records that move the indicators, made through the real services (so the roll-ups move as in
 * production), dated by the test clock. Callers reset the clock afterwards.
 */
@Component
public class IndicatorFixtures {

    private static final AtomicLong CERTIFICATES = new AtomicLong(
            ThreadLocalRandom.current().nextLong(100_000_000L, 900_000_000L) * 1000);

    private final ApiFixtures fixtures;
    private final ContractService contracts;
    private final CertificationService certifications;
    private final StatisticsService statistics;
    private final MutableClock clock;
    private volatile AccountPrincipal admin;

    IndicatorFixtures(ApiFixtures fixtures, ContractService contracts, CertificationService certifications,
                      StatisticsService statistics, MutableClock clock) {
        this.fixtures = fixtures;
        this.contracts = contracts;
        this.certifications = certifications;
        this.statistics = statistics;
        this.clock = clock;
    }

    public MutableClock clock() {
        return clock;
    }

    public ApiFixtures fixtures() {
        return fixtures;
    }

    public AccountPrincipal admin() {
        AccountPrincipal a = admin;
        if (a == null) {
            a = ApiFixtures.principal(fixtures.quickAccount(Role.ADMIN, null, null));
            admin = a;
        }
        return a;
    }

    public void on(LocalDate day) {
        clock.setBeijing(day.atTime(10, 0));
    }

    /** A contract filed and submitted by an official for a seller of {@code sellerRegion}; its id. */
    public long submitted(long sellerId, String buyerRegion, ContractType type, String amount) {
        return submitted(sellerId, buyerRegion, type, amount, TechnologyField.NEW_MATERIALS, FilingDetails.DEFAULTS,
                null);
    }

    /**
     * A contract filed and submitted with the registration form's statistical fields; its id. A null
     * {@code buyerRegion} is a buyer abroad; a null {@code buyerNature} the default for the buyer's country.
     */
    public long submitted(long sellerId, String buyerRegion, ContractType type, String amount, TechnologyField field,
                          FilingDetails details, PartyNature buyerNature) {
        LocalDate today = LocalDate.now(clock);
        ContractSubtype subtype = type.allowedSubtypes().isEmpty() ? null : type.allowedSubtypes().iterator().next();
        Buyer buyer = buyerRegion == null
                ? new Buyer("Foreign Buyer Ltd", null, null, "DE", PartyNature.FOREIGN)
                : new Buyer("测试买方 " + ThreadLocalRandom.current().nextInt(), ApiFixtures.randomCreditCode(buyerRegion),
                        buyerRegion, "CN", buyerNature);
        BigDecimal value = new BigDecimal(amount);
        ContractTerms terms = new ContractTerms("指标测试合同", type, subtype, field, buyer, today.minusDays(5),
                today.minusDays(5), today.plusYears(1), value, value, details);
        return contracts.create(admin(), new NewContract(terms, sellerId, true)).id();
    }

    /** Registers a submitted contract with the office's 核定 technology transaction amount; its id. */
    public long registered(long submittedId, String decidedAmount) {
        contracts.register(admin(), submittedId, new RegistrationDecision(new BigDecimal(decidedAmount), null, null,
                null), null);
        return submittedId;
    }

    /** Refuses a submitted contract on a ground. */
    public void rejected(long submittedId) {
        contracts.reject(admin(), submittedId, new DecisionGround(RefusalReason.CONTENT_UNCLEAR, null), null);
    }

    /** A contract registered today (by the clock) from a new seller; its id. */
    public long registered(String sellerRegion, String buyerRegion, String amount) {
        return registered(fixtures.enterprise(sellerRegion), buyerRegion, ContractType.TECHNOLOGY_DEVELOPMENT, amount);
    }

    public long registered(long sellerId, String buyerRegion, ContractType type, String amount) {
        return registered(submitted(sellerId, buyerRegion, type, amount));
    }

    public long registered(long submittedId) {
        contracts.register(admin(), submittedId, null);
        return submittedId;
    }

    public void revokeContract(long id) {
        contracts.revoke(admin(), id, "指标测试撤销", null);
    }

    public long certify(long enterpriseId, CertificationKind kind, LocalDate issuedOn, LocalDate expiresOn) {
        return certifications.certify(admin(), enterpriseId,
                new NewCertification(certificateNo(), kind, issuedOn, expiresOn)).id();
    }

    public void revokeCertification(long enterpriseId, long certificationId, LocalDate on) {
        certifications.revoke(admin(), enterpriseId, certificationId, "指标测试撤销", on, null);
    }

    public void statistic(String district, int year, String gdp, String rd) {
        statistics.record(admin(), district, year, new StatisticFigures(new BigDecimal(gdp), new BigDecimal(rd),
                "指标测试"), null);
    }

    public static String certificateNo() {
        return "GR" + String.format("%012d", CERTIFICATES.incrementAndGet() % 1_000_000_000_000L);
    }
}
