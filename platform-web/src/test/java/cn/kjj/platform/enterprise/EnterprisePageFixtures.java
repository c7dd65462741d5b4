package cn.kjj.platform.enterprise;

import cn.kjj.platform.common.ClockConfiguration;
import cn.kjj.platform.identity.AccountPrincipal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * People and records for the portal's enterprise tests, on the shared demo data: the demo
 * accounts (official.jianghai 440704, official.city 440700, enterprise.demo, analyst, admin)
 * and enterprises made fresh for each test, with names no other test uses.
 */
final class EnterprisePageFixtures {

    static final String OFFICIAL = "official.jianghai";
    static final String CITY_OFFICIAL = "official.city";
    static final String ENTERPRISE = "enterprise.demo";
    static final String ANALYST = "analyst";
    static final String ADMIN = "admin";
    static final String JIANGHAI = "440704";
    static final String PENGJIANG = "440703";
    /** Few other tests use Enping: the pipeline tests keep their certificates there. */
    static final String ENPING = "440785";
    static final String DEMO_ENTERPRISE_NAME = "江门市江海区示范科技有限公司";

    private static final AtomicInteger SERIAL = new AtomicInteger();

    private final ApplicationContext context;

    EnterprisePageFixtures(ApplicationContext context) {
        this.context = context;
    }

    AccountPrincipal principal(String username) {
        return ((AccountPrincipal) context.getBean(UserDetailsService.class).loadUserByUsername(username))
                .withoutPassword();
    }

    /** A word to put in names, so that a test finds its own enterprises with {@code q}. */
    static String unique(String prefix) {
        return prefix + System.nanoTime() % 1_000_000_000L + "x" + SERIAL.incrementAndGet();
    }

    static String creditCode(String regionCode) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        return CreditCode.withCheckCharacters("91" + regionCode + digits).value();
    }

    static String certificateNo() {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        return "GR" + digits;
    }

    static LocalDate today() {
        return LocalDate.now(ClockConfiguration.BUREAU_ZONE);
    }

    /** The form fields of a valid enterprise, as the browser sends them. */
    static Map<String, String> validForm(String name, String regionCode) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", name);
        form.put("creditCode", creditCode(regionCode));
        form.put("regionCode", regionCode);
        form.put("industry", "新材料");
        form.put("foundedOn", "2016-04-01");
        form.put("employees", "80");
        form.put("rdStaff", "12");
        form.put("revenue", "30000000.00");
        form.put("rdExpense", "1800000.00");
        return form;
    }

    /** A new enterprise, entered by the administrator. */
    EnterpriseView enterprise(String name, String regionCode) {
        return context.getBean(EnterpriseService.class).create(principal(ADMIN), new EnterpriseDetails(name,
                creditCode(regionCode), regionCode, "电子信息", LocalDate.of(2015, 6, 18), 120, 18,
                new BigDecimal("52000000.00"), new BigDecimal("3100000.00")));
    }

    /** A certificate of the enterprise whose last day is {@code daysLeft} days from today. */
    CertificationView certificateEndingIn(long enterpriseId, int daysLeft) {
        LocalDate lastDay = today().plusDays(daysLeft);
        return context.getBean(CertificationService.class).certify(principal(ADMIN), enterpriseId,
                new NewCertification(certificateNo(), CertificationKind.INITIAL, lastDay.plusDays(1).minusYears(3),
                        lastDay));
    }

    CertificationView renewal(long enterpriseId, LocalDate issuedOn) {
        return context.getBean(CertificationService.class).certify(principal(ADMIN), enterpriseId,
                new NewCertification(certificateNo(), CertificationKind.RENEWAL, issuedOn, null));
    }

    CertificationView revoke(long enterpriseId, long certificationId, String reason) {
        return context.getBean(CertificationService.class).revoke(principal(ADMIN), enterpriseId, certificationId,
                reason, null, null);
    }

    long count(String sql, Object... params) {
        return context.getBean(JdbcClient.class).sql(sql).params(params).query(Long.class).single();
    }
}
