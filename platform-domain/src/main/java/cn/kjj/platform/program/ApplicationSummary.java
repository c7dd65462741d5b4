package cn.kjj.platform.program;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An application as a list row shows it; for a team of an open competition also the stages it passed and
 * what was cancelled when it was dropped.
 */
public record ApplicationSummary(Long id, Long programId, Long callId, Long enterpriseId, String enterpriseName,
                                 String title, BigDecimal requestedAmount, ApplicationStatus status,
                                 BigDecimal approvedAmount, BigDecimal paidTotal, BigDecimal recoveredTotal,
                                 Instant createdAt, int stage, BigDecimal cancelledAmount) {

    static ApplicationSummary of(ProgramApplication a, String enterpriseName) {
        return new ApplicationSummary(a.getId(), a.getProgramId(), a.getCallId(), a.getEnterpriseId(), enterpriseName,
                a.getTitle(), a.getRequestedAmount(), a.getStatus(), a.getApprovedAmount(), a.getPaidTotal(),
                a.getRecoveredTotal(), a.getCreatedAt(), a.getStage(), a.getCancelledAmount());
    }
}
