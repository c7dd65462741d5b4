package cn.kjj.platform.audit;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar platform-web.jar --platform.audit.verify}: checks the whole audit hash chain,
 * prints {@code audit chain OK: N events} or where it breaks, and exits 0 or 1. The application
 * then runs without its web server and without demo data (see {@code PlatformApplication}).
 */
@Component
@ConditionalOnBooleanProperty(AuditChainVerification.PROPERTY)
class AuditChainVerification implements ApplicationRunner, ExitCodeGenerator {

    static final String PROPERTY = "platform.audit.verify";

    private final AuditEvents events;
    private volatile int exitCode = 1;

    AuditChainVerification(AuditEvents events) {
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) {
        AuditChainCheck check = events.verify();
        // the command's answer, on standard output whatever the logging configuration says
        System.out.println(check.describe());
        exitCode = check.intact() ? 0 : 1;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
