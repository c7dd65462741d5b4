package cn.kjj.platform.program;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A review assigned to an expert, as his own account sees it (decision 0042): the application he
 * reviews (its summary and documents, the applicant's name), his own score and comment, never
 * another expert's.
 *
 * @param scorable whether he may score it now (the application is under review)
 */
public record ExpertAssignment(Long reviewId, Long applicationId, String programName, String callTitle,
                               String enterpriseName, String title, String summary, BigDecimal requestedAmount,
                               ApplicationStatus status, boolean scorable, Integer score, String comment,
                               Instant assignedAt, Instant scoredAt,
                               List<ApplicationView.AttachmentView> attachments) {
}
