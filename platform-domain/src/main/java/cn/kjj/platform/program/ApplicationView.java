package cn.kjj.platform.program;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An application as the faces show it: what was asked, where it stands, the money (approved, paid,
 * recovered, yuan), the documents the call requires that are still missing, its attachments,
 * tranches and every step with who, when and why.
 *
 * @param meanScore the mean of the experts' scores so far (null before the first)
 * @param reviews   the experts' reviews: for the staff only (an applicant sees the mean score)
 * @param actions   the steps the reader may take now
 * @param canAttach whether the reader may attach documents now (the applicant, while submitted or returned)
 * @param competition whether the application is a team of an open competition (stage reviews, a prize)
 * @param stage     the stages of the open competition the team has passed
 * @param cancelledAmount the unpaid rest of the approval cancelled when the team was dropped
 * @param prizeAmount the prize the team won (part of the approved amount)
 */
public record ApplicationView(Long id, Long programId, String programName, Long callId, String callTitle,
                              Long enterpriseId, String enterpriseName, String title, String summary,
                              BigDecimal requestedAmount, ApplicationStatus status, BigDecimal approvedAmount,
                              BigDecimal paidTotal, BigDecimal recoveredTotal, List<String> missingDocuments,
                              List<AttachmentView> attachments, List<TrancheView> disbursements,
                              List<StepView> history, BigDecimal meanScore, List<ReviewView> reviews,
                              List<ApplicationAction> actions, Instant createdAt,
                              Instant updatedAt, long version, boolean canAttach, boolean competition, int stage,
                              BigDecimal cancelledAmount, BigDecimal prizeAmount) {

    /** A document attached to the application. */
    public record AttachmentView(Long id, String document, String filename, String contentType, long size,
                                 String sha256, Instant uploadedAt) {
        static AttachmentView of(ApplicationAttachment a) {
            return new AttachmentView(a.getId(), a.getDocument(), a.getFilename(), a.getContentType(),
                    a.getSizeBytes(), a.getSha256(), a.getUploadedAt());
        }
    }

    /** A tranche paid. */
    public record TrancheView(Long id, BigDecimal amount, LocalDate paidOn) {
        static TrancheView of(Disbursement d) {
            return new TrancheView(d.getId(), d.getAmount(), d.getPaidOn());
        }
    }

    /** One step: who, when, what, from and to which status, why, and the money it moved. */
    public record StepView(Instant at, String actorName, ApplicationAction action, ApplicationStatus fromStatus,
                           ApplicationStatus toStatus, String reason, BigDecimal amount) {
        static StepView of(ApplicationHistoryEntry e) {
            return new StepView(e.getAt(), e.getActorName(), e.getAction(), e.getFromStatus(), e.getToStatus(),
                    e.getReason(), e.getAmount());
        }
    }
}
