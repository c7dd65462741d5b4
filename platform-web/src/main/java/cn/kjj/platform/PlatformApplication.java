package cn.kjj.platform;

import java.util.Arrays;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The assembled platform: portal, API and reporting on one PostgreSQL. */
@SpringBootApplication
public class PlatformApplication {

    /** The command-line switch that checks the audit hash chain and exits instead of serving. */
    static final String VERIFY_AUDIT = "--platform.audit.verify";

    public static void main(String[] args) {
        if (isAuditVerification(args)) {
            System.exit(verifyAudit(args));
        }
        SpringApplication.run(PlatformApplication.class, args);
    }

    static boolean isAuditVerification(String[] args) {
        return Arrays.stream(args).anyMatch(a -> a.equals(VERIFY_AUDIT) || a.equals(VERIFY_AUDIT + "=true"));
    }

    /**
     * No listening web server ({@code server.port=-1}: the application context stays a web one, which
     * the security configuration needs, but no port is opened), no demo data, no banner: just the
     * database, the check, and its exit code.
     */
    static int verifyAudit(String[] args) {
        SpringApplication application = new SpringApplication(PlatformApplication.class);
        application.setDefaultProperties(Map.of("spring.main.banner-mode", "off"));
        String[] withoutDemoData = Arrays.copyOf(args, args.length + 3);
        withoutDemoData[args.length] = "--platform.demo-data=false";
        withoutDemoData[args.length + 1] = "--platform.audit.verify=true";
        withoutDemoData[args.length + 2] = "--server.port=-1";
        ConfigurableApplicationContext context = application.run(withoutDemoData);
        return SpringApplication.exit(context);
    }
}
