package cn.kjj.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The {@code --platform.audit.verify} command: its one line and its exit code. */
@ExtendWith(OutputCaptureExtension.class)
class AuditChainVerificationTest {

    @Test
    void anIntactChainPrintsOkAndExitsZero(CapturedOutput output) {
        AuditChainVerification command = new AuditChainVerification(answering(AuditChainCheck.ok(42, "ab".repeat(32))));

        command.run(new DefaultApplicationArguments("--platform.audit.verify"));

        assertThat(command.getExitCode()).isZero();
        assertThat(output.getOut()).contains("audit chain OK: 42 events");
    }

    @Test
    void aBrokenChainNamesTheEventAndExitsOne(CapturedOutput output) {
        AuditChainVerification command = new AuditChainVerification(
                answering(AuditChainCheck.broken(16, "cd".repeat(32), 17, 17L, "content")));

        command.run(new DefaultApplicationArguments("--platform.audit.verify"));

        assertThat(command.getExitCode()).isEqualTo(1);
        assertThat(output.getOut()).contains("audit chain BROKEN at seq 17 (event id 17): content");
    }

    private static AuditEvents answering(AuditChainCheck check) {
        return new AuditEvents() {
            @Override
            public Page<AuditEvent> search(AuditFilter filter, Pageable pageable) {
                return Page.empty(pageable);
            }

            @Override
            public AuditChainCheck verify() {
                return check;
            }
        };
    }
}
