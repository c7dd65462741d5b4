package cn.kjj.platform.program;

import cn.kjj.platform.audit.AuditLog;
import cn.kjj.platform.common.ConflictException;
import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.enterprise.EnterpriseReferences;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.Role;
import cn.kjj.platform.region.RegionScope;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Expert review (评审) of applications under review: officials assign experts of the registry (never one
 * of the applicant's own organisation: 409 {@code error.programReview.conflictOfInterest}) and record
 * their scores and comments (or the experts
 * themselves, each his own review: decision 0042); a call's applications are ranked by their mean score.
 */
@Service
public class ProgramReviewService {

    private final ProgramReviewRepository reviews;
    private final ExpertRepository experts;
    private final ProgramApplicationQueries queries;
    private final ProgramCallService calls;
    private final ApplicationAccess access;
    private final EnterpriseReferences enterprises;
    private final RegionScope scope;
    private final AuditLog audit;
    private final Clock clock;

    @SuppressWarnings("java:S107")
    ProgramReviewService(ProgramReviewRepository reviews, ExpertRepository experts,
                         ProgramApplicationRepository applications, ProgramRepository programs,
                         ProgramApplicationQueries queries, ProgramCallService calls,
                         EnterpriseReferences enterprises, RegionScope scope,
                         AuditLog audit, Clock clock) {
        this.reviews = reviews;
        this.experts = experts;
        this.queries = queries;
        this.calls = calls;
        this.access = new ApplicationAccess(applications, programs, scope);
        this.enterprises = enterprises;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ReviewView assign(AccountPrincipal actor, long applicationId, Long expertId) {
        ApplicationAccess.Loaded loaded = access.decidable(actor, applicationId);
        FieldErrors errors = new FieldErrors();
        errors.required("expertId", expertId);
        errors.throwIfAny();
        Expert expert = experts.findById(expertId).filter(e -> scope.canRead(actor, e.getRegionCode()))
                .orElseThrow(() -> NotFoundException.of("expert", expertId));
        ProgramApplication application = loaded.application();
        if (application.getStatus() != ApplicationStatus.UNDER_REVIEW) {
            throw new ConflictException("error.programReview.notUnderReview",
                    "experts review applications under review only, not " + application.getStatus(),
                    application.getStatus());
        }
        String applicantCode = enterprises.byId(List.of(application.getEnterpriseId()))
                .get(application.getEnterpriseId()).creditCode();
        if (applicantCode.equals(expert.getDetails().organisationCreditCode())) {
            throw new ConflictException("error.programReview.conflictOfInterest",
                    "the expert belongs to the applicant", expert.getDetails().name(),
                    expert.getDetails().organisation());
        }
        if (reviews.existsByApplicationIdAndExpertId(applicationId, expertId)) {
            throw new ConflictException("error.programReview.duplicate", "the expert is already assigned",
                    expert.getDetails().name());
        }
        ProgramReview review = reviews.saveAndFlush(new ProgramReview(applicationId, expertId, clock.instant()));
        ReviewView view = ReviewView.of(review, expert);
        audit.record(ProgramApplicationService.ENTITY + ".review.assign", ProgramApplicationService.ENTITY,
                applicationId, loaded.program().getRegionCode(), null, view);
        return view;
    }

    @Transactional
    public ReviewView score(AccountPrincipal actor, long applicationId, long reviewId, Integer score, String comment) {
        ApplicationAccess.Loaded loaded;
        ProgramReview review;
        if (actor.has(Role.EXPERT)) {
            // an expert scores his own review only: another's, or one of an application not assigned to him, is 404
            review = assignedTo(reviews, actor, reviewId).filter(r -> r.getApplicationId() == applicationId)
                    .orElseThrow(() -> NotFoundException.of("programReview", reviewId));
            loaded = access.unchecked(applicationId);
        } else {
            loaded = access.decidable(actor, applicationId);
            review = reviews.findByIdAndApplicationId(reviewId, applicationId)
                    .orElseThrow(() -> NotFoundException.of("programReview", reviewId));
        }
        if (loaded.application().getStatus() != ApplicationStatus.UNDER_REVIEW) {
            throw new ConflictException("error.programReview.notUnderReview",
                    "scores are given while under review only", loaded.application().getStatus());
        }
        ReviewView before = ReviewView.of(review, experts.findById(review.getExpertId()).orElseThrow());
        Instant now = clock.instant();
        review.score(score, comment, now);
        reviews.saveAndFlush(review);
        ReviewView view = ReviewView.of(review, experts.findById(review.getExpertId()).orElseThrow());
        audit.record(ProgramApplicationService.ENTITY + ".review.score", ProgramApplicationService.ENTITY,
                applicationId, loaded.program().getRegionCode(), before, view);
        return view;
    }

    /** The review {@code reviewId} when it is assigned to the expert the EXPERT account is bound to. */
    static Optional<ProgramReview> assignedTo(ProgramReviewRepository reviews, AccountPrincipal expert, long reviewId) {
        return expert.has(Role.EXPERT) ? reviews.findAssignedTo(expert.id(), reviewId) : Optional.empty();
    }

    /** The call's applications the reader sees (the staff only: 403), by mean score, best first; unscored last. */
    @Transactional(readOnly = true)
    public List<RankedApplication> ranking(AccountPrincipal reader, long callId) {
        RegionScope.requireReader(reader);
        calls.call(reader, callId);
        List<ApplicationSummary> all = queries.list(reader, null, callId, null, Pageable.unpaged()).getContent();
        Map<Long, List<ProgramReview>> byApplication = reviews.findByApplicationIdIn(
                all.stream().map(ApplicationSummary::id).toList()).stream()
                .collect(Collectors.groupingBy(ProgramReview::getApplicationId));
        List<RankedApplication> unranked = all.stream().map(a -> {
            List<ProgramReview> of = byApplication.getOrDefault(a.id(), List.of());
            return new RankedApplication(null, a, ReviewView.meanScore(of),
                    (int) of.stream().filter(r -> r.getScore() != null).count());
        }).sorted(Comparator.comparing(RankedApplication::meanScore,
                Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
                .thenComparing(r -> r.application().id())).toList();
        List<RankedApplication> ranked = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            RankedApplication r = unranked.get(i);
            ranked.add(r.meanScore() == null ? r : new RankedApplication(i + 1, r.application(), r.meanScore(),
                    r.scoredReviews()));
        }
        return ranked;
    }
}
