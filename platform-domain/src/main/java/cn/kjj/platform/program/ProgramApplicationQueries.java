package cn.kjj.platform.program;

import cn.kjj.platform.enterprise.EnterpriseReferences;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.region.RegionScope;
import cn.kjj.platform.region.Regions;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading applications: one with its documents, tranches and steps; the lists of the office (by
 * program, call and status: the queue) and an enterprise's own.
 */
@Service
public class ProgramApplicationQueries {

    private final ProgramApplicationRepository applications;
    private final ProgramCallRepository calls;
    private final ApplicationHistoryRepository history;
    private final DisbursementRepository disbursements;
    private final ApplicationAttachmentRepository attachments;
    private final EnterpriseReferences enterprises;
    private final ApplicationAccess access;
    private final ProgramRepository programs;
    private final RegionScope scope;
    private final ProgramReviewRepository reviews;
    private final ExpertRepository experts;

    ProgramApplicationQueries(ProgramApplicationRepository applications, ProgramRepository programs,
                              ProgramCallRepository calls, ApplicationHistoryRepository history,
                              DisbursementRepository disbursements, ApplicationAttachmentRepository attachments,
                              EnterpriseReferences enterprises, RegionScope scope, ProgramReviewRepository reviews,
                              ExpertRepository experts) {
        this.applications = applications;
        this.calls = calls;
        this.history = history;
        this.disbursements = disbursements;
        this.attachments = attachments;
        this.enterprises = enterprises;
        this.access = new ApplicationAccess(applications, programs, scope);
        this.programs = programs;
        this.scope = scope;
        this.reviews = reviews;
        this.experts = experts;
    }

    /** One application the reader may see (404 otherwise), with the steps the reader may take now. */
    @Transactional(readOnly = true)
    public ApplicationView get(AccountPrincipal reader, long id) {
        ApplicationAccess.Loaded loaded = access.readable(reader, id);
        ProgramApplication a = loaded.application();
        ProgramCall call = calls.findById(a.getCallId()).orElseThrow();
        List<ApplicationAttachment> files = attachments.findByApplicationIdOrderByIdAsc(id);
        List<String> attached = files.stream().map(ApplicationAttachment::getDocument).toList();
        List<String> missing = call.getRequiredDocuments().stream().filter(d -> !attached.contains(d)).toList();
        boolean office = scope.canWrite(reader, loaded.program().getRegionCode());
        boolean applicant = ApplicationAccess.isApplicant(reader, a);
        boolean competition = loaded.program().getKind() == ProgramKind.OPEN_COMPETITION;
        boolean racing = competition && call.getWinnerApplicationId() == null;
        List<ApplicationAction> actions = Arrays.stream(ApplicationAction.values())
                .filter(action -> action.allowedFrom(a.getStatus()))
                .filter(action -> !action.competitionOnly() || racing
                        && (action != ApplicationAction.WIN || call.getPrize() != null))
                .filter(action -> action == ApplicationAction.RESUBMIT ? applicant : office)
                .toList();
        List<ProgramReview> scored = reviews.findByApplicationIdOrderByIdAsc(id);
        EnterpriseReferences.Reference enterprise = enterprises.byId(List.of(a.getEnterpriseId()))
                .get(a.getEnterpriseId());
        return new ApplicationView(a.getId(), a.getProgramId(), loaded.program().getName(), a.getCallId(),
                call.getTitle(), a.getEnterpriseId(), enterprise == null ? null : enterprise.name(), a.getTitle(),
                a.getSummary(), a.getRequestedAmount(), a.getStatus(), a.getApprovedAmount(), a.getPaidTotal(),
                a.getRecoveredTotal(), missing, files.stream().map(ApplicationView.AttachmentView::of).toList(),
                disbursements.findByApplicationIdOrderByPaidOnAscIdAsc(id).stream()
                        .map(ApplicationView.TrancheView::of).toList(),
                history.findByApplicationIdOrderByAtAscIdAsc(id).stream().map(ApplicationView.StepView::of).toList(),
                ReviewView.meanScore(scored), applicant && !reader.keepsRecords() && !reader.readsEveryRegion()
                        ? List.of() : reviewViews(scored),
                actions, a.getCreatedAt(), a.getUpdatedAt(), a.getVersion(), applicant
                        && (a.getStatus() == ApplicationStatus.SUBMITTED || a.getStatus() == ApplicationStatus.RETURNED),
                competition, a.getStage(), a.getCancelledAmount(), a.getPrizeAmount());
    }

    /**
     * Applications the reader sees, of a program or call when given, in the statuses given (all when
     * none): the staff those of programs in their scope, an enterprise its own.
     */
    @Transactional(readOnly = true)
    public Page<ApplicationSummary> list(AccountPrincipal reader, Long programId, Long callId,
                                         Collection<ApplicationStatus> statuses, Pageable pageable) {
        Collection<ApplicationStatus> wanted = statuses == null || statuses.isEmpty()
                ? EnumSet.allOf(ApplicationStatus.class) : statuses;
        if (!reader.keepsRecords() && !reader.readsEveryRegion()) {
            List<ApplicationSummary> own = mine(reader).stream()
                    .filter(a -> wanted.contains(a.status()))
                    .filter(a -> programId == null || programId.equals(a.programId()))
                    .filter(a -> callId == null || callId.equals(a.callId())).toList();
            int from = (int) Math.min(pageable.getOffset(), own.size());
            int to = Math.min(from + pageable.getPageSize(), own.size());
            return new PageImpl<>(own.subList(from, to), pageable, own.size());
        }
        Regions regions = scope.readable(reader);
        Page<ProgramApplication> page = applications.search(regions.every(),
                regions.codes().isEmpty() ? Set.of("") : regions.codes(), wanted, programId, callId, pageable);
        return summaries(page);
    }

    /** An enterprise account's own applications, newest first (none for other accounts). */
    @Transactional(readOnly = true)
    public List<ApplicationSummary> mine(AccountPrincipal reader) {
        if (!reader.actsForEnterprise() || reader.enterpriseId() == null) {
            return List.of();
        }
        List<ProgramApplication> own = applications.findByEnterpriseIdOrderByCreatedAtDescIdDesc(reader.enterpriseId());
        Map<Long, EnterpriseReferences.Reference> names = enterprises.byId(List.of(reader.enterpriseId()));
        return own.stream().map(a -> ApplicationSummary.of(a, nameOf(names, a))).toList();
    }

    /**
     * An enterprise's applications the reader sees, newest first, for the enterprise's page (what was
     * paid and recovered): all of them for its own clerks, those of programs in scope for the staff.
     */
    @Transactional(readOnly = true)
    public List<ApplicationSummary> ofEnterprise(AccountPrincipal reader, long enterpriseId) {
        Map<Long, EnterpriseReferences.Reference> names = enterprises.byId(List.of(enterpriseId));
        return applications.findByEnterpriseIdOrderByCreatedAtDescIdDesc(enterpriseId).stream()
                .filter(a -> access.canRead(reader, a, programs.findById(a.getProgramId()).orElseThrow()))
                .map(a -> ApplicationSummary.of(a, nameOf(names, a))).toList();
    }

    private List<ReviewView> reviewViews(List<ProgramReview> found) {
        Map<Long, Expert> byId = experts.findAllById(found.stream().map(ProgramReview::getExpertId).toList())
                .stream().collect(Collectors.toMap(Expert::getId, Function.identity()));
        return found.stream().map(r -> ReviewView.of(r, byId.get(r.getExpertId()))).toList();
    }

    private Page<ApplicationSummary> summaries(Page<ProgramApplication> page) {
        Map<Long, EnterpriseReferences.Reference> names = enterprises.byId(
                page.stream().map(ProgramApplication::getEnterpriseId).distinct().toList());
        return page.map(a -> ApplicationSummary.of(a, nameOf(names, a)));
    }

    private static String nameOf(Map<Long, EnterpriseReferences.Reference> names, ProgramApplication a) {
        EnterpriseReferences.Reference reference = names.get(a.getEnterpriseId());
        return reference == null ? null : reference.name();
    }
}
