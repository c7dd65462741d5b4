package cn.kjj.platform;

import java.util.Arrays;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
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

    /** No web server, no demo data, no banner: just the database, the check, and its exit code. */
    static int verifyAudit(String[] args) {
        SpringApplication application = new SpringApplication(PlatformApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setDefaultProperties(Map.of("spring.main.banner-mode", "off"));
        String[] withoutDemoData = Arrays.copyOf(args, args.length + 2);
        withoutDemoData[args.length] = "--platform.demo-data=false";
        withoutDemoData[args.length + 1] = "--platform.audit.verify=true";
        ConfigurableApplicationContext context = application.run(withoutDemoData);
        return SpringApplication.exit(context);
    }
}
