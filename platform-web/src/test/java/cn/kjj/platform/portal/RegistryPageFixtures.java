package cn.kjj.platform.portal;

import cn.kjj.platform.identity.AccountPrincipal;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;

/**
 * People and names for the registry page tests, on the shared demo data: {@code official.jianghai}
 * (440704), {@code official.city} (440700), {@code admin}, {@code analyst} and {@code enterprise.demo}.
 */
public final class RegistryPageFixtures {

    public static final String OFFICIAL = "official.jianghai";
    public static final String CITY_OFFICIAL = "official.city";
    public static final String ADMIN = "admin";
    public static final String ANALYST = "analyst";
    public static final String ENTERPRISE = "enterprise.demo";
    public static final String DEMO_ENTERPRISE_CODE = "91440704MA4WJH011B";
    public static final String DEMO_ENTERPRISE_NAME = "江门市江海区示范科技有限公司";
    private static final AtomicInteger SERIAL = new AtomicInteger();

    private final ApplicationContext context;

    public RegistryPageFixtures(ApplicationContext context) {
        this.context = context;
    }

    public AccountPrincipal principal(String username) {
        return ((AccountPrincipal) context.getBean(UserDetailsService.class).loadUserByUsername(username))
                .withoutPassword();
    }

    /** A name no other test uses, so that a test finds its own records with {@code q}. */
    public static String unique(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000_000L + "-" + SERIAL.incrementAndGet();
    }

    public static String html(MvcResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
