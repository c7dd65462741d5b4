package cn.kjj.platform.program;

import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.common.UploadedFile;
import cn.kjj.platform.enterprise.EnterpriseReferences;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.Role;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An expert's own reviews (decision 0042): an EXPERT account lists the reviews assigned to its
 * expert, reads each application with its documents and scores its own review. A review or a
 * document of an application not assigned to it is 404, as if it did not exist; the role check of
 * both faces keeps every other account out of here and the expert out of everything else.
 */
@Service
public class ExpertReviewService {

    private final ProgramReviewRepository reviews;
    private final ProgramApplicationRepository applications;
    private final ProgramRepository programs;
    private final ProgramCallRepository calls;
    private final ApplicationAttachmentRepository attachments;
    private final ProgramApplicationService applicationService;
    private final EnterpriseReferences enterprises;
    private final ProgramReviewService reviewService;

    @SuppressWarnings("java:S107")
    ExpertReviewService(ProgramReviewRepository reviews, ProgramApplicationRepository applications,
                        ProgramRepository programs, ProgramCallRepository calls,
                        ApplicationAttachmentRepository attachments, ProgramApplicationService applicationService,
                        EnterpriseReferences enterprises, ProgramReviewService reviewService) {
        this.reviews = reviews;
        this.applications = applications;
        this.programs = programs;
        this.calls = calls;
        this.attachments = attachments;
        this.applicationService = applicationService;
        this.enterprises = enterprises;
        this.reviewService = reviewService;
    }

    /** The reviews assigned to the signed-in expert, newest first. */
    @Transactional(readOnly = true)
    public List<ExpertAssignment> mine(AccountPrincipal expert) {
        return expert.has(Role.EXPERT)
                ? reviews.findAssignedTo(expert.id()).stream().map(this::assignment).toList() : List.of();
    }

    /** One of the expert's reviews with its application; another's is 404. */
    @Transactional(readOnly = true)
    public ExpertAssignment get(AccountPrincipal expert, long reviewId) {
        return assignment(own(expert, reviewId));
    }

    /** A document of the application under the expert's review; any other is 404. */
    @Transactional(readOnly = true)
    public UploadedFile download(AccountPrincipal expert, long reviewId, long attachmentId) {
        return applicationService.file(own(expert, reviewId).getApplicationId(), attachmentId);
    }

    /**
     * The expert scores his own review (0..100, with an optional comment) while the application is
     * under review: 400 for a bad score (nothing changes), 409 after the review, 404 for another's.
     */
    @Transactional
    public ExpertAssignment score(AccountPrincipal expert, long reviewId, Integer score, String comment) {
        ProgramReview review = own(expert, reviewId);
        reviewService.score(expert, review.getApplicationId(), reviewId, score, comment);
        return assignment(review);
    }

    /** The review if it is the signed-in expert's own, else 404. */
    ProgramReview own(AccountPrincipal expert, long reviewId) {
        return ProgramReviewService.assignedTo(reviews, expert, reviewId)
                .orElseThrow(() -> NotFoundException.of("programReview", reviewId));
    }

    private ExpertAssignment assignment(ProgramReview review) {
        ProgramApplication a = applications.findById(review.getApplicationId()).orElseThrow();
        Program program = programs.findById(a.getProgramId()).orElseThrow();
        ProgramCall call = calls.findById(a.getCallId()).orElseThrow();
        EnterpriseReferences.Reference enterprise = enterprises.byId(List.of(a.getEnterpriseId()))
                .get(a.getEnterpriseId());
        return new ExpertAssignment(review.getId(), a.getId(), program.getName(), call.getTitle(),
                enterprise == null ? null : enterprise.name(), a.getTitle(), a.getSummary(), a.getRequestedAmount(),
                a.getStatus(), a.getStatus() == ApplicationStatus.UNDER_REVIEW, review.getScore(), review.getComment(),
                review.getAssignedAt(), review.getScoredAt(),
                attachments.findByApplicationIdOrderByIdAsc(a.getId()).stream()
                        .map(ApplicationView.AttachmentView::of).toList());
    }
}
