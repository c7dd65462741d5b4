package cn.kjj.platform.program;

import cn.kjj.platform.audit.AuditLog;
import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.common.ClockConfiguration;
import cn.kjj.platform.common.ConflictException;
import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.common.UploadedFile;
import cn.kjj.platform.enterprise.Enterprise;
import cn.kjj.platform.enterprise.EnterpriseRepository;
import cn.kjj.platform.enterprise.HighTechCertificationRepository;
import cn.kjj.platform.sme.TechSmeRepository;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.region.RegionDirectory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An application's life (decision 0039): an enterprise applies to an open call it is eligible for
 * and attaches the required documents; the office checks it (形式审查), returns, rejects or declines it,
 * checks it at mid-term and accepts it (验收). Its money (approval, tranches, termination with recovery)
 * is {@link ApplicationMoneyService}'s, an open competition's stage reviews and winner
 * {@link OpenCompetitionService}'s, experts' reviews {@link ProgramReviewService}'s. Every step writes a
 * history entry (who, when, why) and an audit event in its transaction ({@link ApplicationSteps}); an
 * illegal step is 409 and changes nothing.
 */
@Service
public class ProgramApplicationService {

    static final String ENTITY = "programApplication";


    private final ProgramApplicationRepository applications;
    private final ProgramRepository programs;
    private final ProgramCallRepository calls;
    private final ApplicationAttachmentRepository attachments;
    private final ApplicationAttachmentContentRepository contents;
    private final EnterpriseRepository enterprises;
    private final HighTechCertificationRepository certifications;
    private final TechSmeRepository techSmes;
    private final ApplicationAccess access;
    private final ApplicationSteps steps;
    private final RegionDirectory regions;
    private final AuditLog audit;
    private final Clock clock;

    @SuppressWarnings("java:S107") // the repositories of one aggregate's parts
    ProgramApplicationService(ProgramApplicationRepository applications, ProgramRepository programs,
                              ProgramCallRepository calls, ApplicationAttachmentRepository attachments,
                              ApplicationAttachmentContentRepository contents, EnterpriseRepository enterprises,
                              HighTechCertificationRepository certifications, TechSmeRepository techSmes,
                              ApplicationSteps steps, RegionDirectory regions, AuditLog audit, Clock clock) {
        this.applications = applications;
        this.programs = programs;
        this.calls = calls;
        this.attachments = attachments;
        this.contents = contents;
        this.enterprises = enterprises;
        this.certifications = certifications;
        this.techSmes = techSmes;
        this.access = steps.access();
        this.steps = steps;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * An enterprise applies to a call of the program: 404 for a call of another program, 409 when the
     * call is not open today ({@code error.programCall.closed}) or the enterprise is not eligible
     * ({@code error.programCall.ineligible}).
     */
    @Transactional
    public ApplicationSummary apply(AccountPrincipal actor, long programId, NewApplication request) {
        if (!actor.actsForEnterprise() || actor.enterpriseId() == null) {
            throw new AccessDeniedToRecordException("error.programApplication.applicantOnly",
                    "only an enterprise account applies");
        }
        Program program = programs.findById(programId).orElseThrow(() -> NotFoundException.of("program", programId));
        FieldErrors errors = new FieldErrors();
        errors.required("callId", request.callId());
        errors.throwIfAny();
        ProgramCall call = calls.findById(request.callId()).filter(c -> c.getProgramId().equals(programId))
                .orElseThrow(() -> NotFoundException.of("programCall", request.callId()));
        Instant now = clock.instant();
        ProgramApplication application = new ProgramApplication(call, actor.enterpriseId(), request, now);
        LocalDate today = today();
        if (!call.isOpenOn(today)) {
            throw new ConflictException("error.programCall.closed", "the call is open from " + call.getOpensOn()
                    + " to " + call.getClosesOn(), call.getOpensOn(), call.getClosesOn());
        }
        Enterprise enterprise = enterprises.findById(actor.enterpriseId()).orElseThrow();
        requireEligible(enterprise, program, call, today);
        application = applications.save(application);
        steps.record(actor, application, program, ApplicationAction.SUBMIT, null, null, null, now);
        return ApplicationSummary.of(application, enterprise.getName());
    }

    /**
     * The calls open today that the signed-in enterprise may apply to (programs of its region or above,
     * eligibility met), closing soonest first; nothing for any other account (decision 0042).
     */
    @Transactional(readOnly = true)
    public List<OpenCall> openCallsFor(AccountPrincipal reader) {
        if (!reader.actsForEnterprise() || reader.enterpriseId() == null) {
            return List.of();
        }
        Enterprise enterprise = enterprises.findById(reader.enterpriseId()).orElseThrow();
        LocalDate today = today();
        List<OpenCall> open = new ArrayList<>();
        for (ProgramCall call : calls.findOpenOn(today)) {
            Program program = programs.findById(call.getProgramId()).orElseThrow();
            if (isEligible(enterprise, program, call, today)) {
                open.add(new OpenCall(CallView.of(call, today), program.getName()));
            }
        }
        return open;
    }

    private boolean isEligible(Enterprise enterprise, Program program, ProgramCall call, LocalDate today) {
        boolean inRegion = regions.isWithin(enterprise.getRegionCode(), program.getRegionCode());
        return inRegion && switch (call.getEligibility()) {
            case ANY -> true;
            case HIGH_TECH -> certifications.findByEnterpriseIdOrderByIssuedOnDesc(enterprise.getId()).stream()
                    .anyMatch(c -> c.isInForce(today));
            case TECH_SME -> !techSmes.findOf(enterprise.getId(), today.getYear()).isEmpty();
        };
    }

    private void requireEligible(Enterprise enterprise, Program program, ProgramCall call, LocalDate today) {
        if (!isEligible(enterprise, program, call, today)) {
            throw new ConflictException("error.programCall.ineligible",
                    "the call is for " + call.getEligibility() + " in region " + program.getRegionCode(),
                    call.getEligibility(), program.getRegionCode());
        }
    }

    /** 形式审查 passed: every document the call requires must be attached ({@code error.programApplication.documentsMissing}). */
    @Transactional
    public void accept(AccountPrincipal actor, long id, String note) {
        ApplicationAccess.Loaded loaded = access.decidable(actor, id);
        ApplicationAction.ACCEPT.requireFrom(loaded.application().getStatus());
        List<String> missing = missingDocuments(loaded.application());
        if (!missing.isEmpty()) {
            throw new ConflictException("error.programApplication.documentsMissing",
                    "documents missing: " + missing, String.join("、", missing));
        }
        steps.transition(actor, loaded, ApplicationAction.ACCEPT, ApplicationStatus.UNDER_REVIEW,
                ApplicationSteps.optional(note), null);
    }

    @Transactional
    public void returnForCorrection(AccountPrincipal actor, long id, String reason) {
        steps.decide(actor, id, ApplicationAction.RETURN, ApplicationStatus.RETURNED, reason);
    }

    @Transactional
    public void reject(AccountPrincipal actor, long id, String reason) {
        steps.decide(actor, id, ApplicationAction.REJECT, ApplicationStatus.REJECTED, reason);
    }

    @Transactional
    public void decline(AccountPrincipal actor, long id, String reason) {
        steps.decide(actor, id, ApplicationAction.DECLINE, ApplicationStatus.DECLINED, reason);
    }

    /** The applicant files a returned application again. */
    @Transactional
    public void resubmit(AccountPrincipal actor, long id, String note) {
        steps.transition(actor, access.ownedBy(actor, id), ApplicationAction.RESUBMIT, ApplicationStatus.SUBMITTED,
                ApplicationSteps.optional(note), null);
    }

    /** 中期检查: passed, or failed (then terminated, or checked again). */
    @Transactional
    public void midterm(AccountPrincipal actor, long id, Boolean passed, String note) {
        ApplicationAccess.Loaded loaded = access.decidable(actor, id);
        FieldErrors errors = new FieldErrors();
        errors.required("passed", passed);
        String checked = errors.text("note", note, 2000, Boolean.FALSE.equals(passed));
        errors.throwIfAny();
        steps.transition(actor, loaded, ApplicationAction.MIDTERM,
                passed ? ApplicationStatus.MIDTERM_PASSED : ApplicationStatus.MIDTERM_FAILED, checked, null);
    }

    /** 验收: {@code PASSED}, {@code FAILED} or {@code EXTENDED}. */
    @Transactional
    public void complete(AccountPrincipal actor, long id, String result, String note) {
        ApplicationAccess.Loaded loaded = access.decidable(actor, id);
        FieldErrors errors = new FieldErrors();
        CompletionResult outcome = errors.constant("result", CompletionResult.class, result, true,
                "error.programApplication.result");
        String checked = errors.text("note", note, 2000, outcome == CompletionResult.FAILED);
        errors.throwIfAny();
        steps.transition(actor, loaded, ApplicationAction.COMPLETE, outcome.status(), checked, null);
    }

    /** The applicant attaches a document while the application is submitted or returned. */
    @Transactional
    public ApplicationView.AttachmentView attach(AccountPrincipal actor, long id, String document, String filename,
                                                 byte[] bytes) {
        ApplicationAccess.Loaded loaded = access.ownedBy(actor, id);
        ProgramApplication application = loaded.application();
        if (application.getStatus() != ApplicationStatus.SUBMITTED && application.getStatus() != ApplicationStatus.RETURNED) {
            throw new ConflictException("error.programApplication.attachmentClosed",
                    "documents can be attached only while submitted or returned, not " + application.getStatus(),
                    application.getStatus());
        }
        FieldErrors errors = new FieldErrors();
        String checkedDocument = errors.text("document", document, ProgramCall.MAX_DOCUMENT_LENGTH, true);
        errors.throwIfAny();
        UploadedFile file = UploadedFile.checked(filename, bytes);
        ApplicationAttachment saved = attachments.save(new ApplicationAttachment(id, checkedDocument, file,
                actor.id(), clock.instant()));
        contents.save(new ApplicationAttachmentContent(saved.getId(), bytes));
        ApplicationView.AttachmentView view = ApplicationView.AttachmentView.of(saved);
        audit.record(ENTITY + ".attach", ENTITY, id, loaded.program().getRegionCode(), null, view);
        return view;
    }

    /** An attachment's bytes: for the applicant and the office, never for analysts (403). */
    @Transactional(readOnly = true)
    public UploadedFile download(AccountPrincipal reader, long id, long attachmentId) {
        ApplicationAccess.Loaded loaded = access.readable(reader, id);
        if (!ApplicationAccess.isApplicant(reader, loaded.application()) && !reader.keepsRecords()) {
            throw new AccessDeniedToRecordException("error.attachment.forbidden",
                    "attachments are for the applicant and the officials only");
        }
        return file(id, attachmentId);
    }

    /** A document of the application with its bytes; one of another application is 404. */
    UploadedFile file(long applicationId, long attachmentId) {
        ApplicationAttachment attachment = attachments.findByIdAndApplicationId(attachmentId, applicationId)
                .orElseThrow(() -> NotFoundException.of("attachment", attachmentId));
        byte[] bytes = contents.findById(attachmentId).orElseThrow().getContent();
        return new UploadedFile(attachment.getFilename(), attachment.getContentType(), bytes, attachment.getSha256());
    }

    List<String> missingDocuments(ProgramApplication application) {
        List<String> attached = attachments.findByApplicationIdOrderByIdAsc(application.getId()).stream()
                .map(ApplicationAttachment::getDocument).toList();
        return calls.findById(application.getCallId()).orElseThrow().getRequiredDocuments().stream()
                .filter(d -> !attached.contains(d)).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.BUREAU_ZONE));
    }

    /** The outcome of 验收. */
    enum CompletionResult {
        PASSED(ApplicationStatus.COMPLETED), FAILED(ApplicationStatus.COMPLETION_FAILED),
        EXTENDED(ApplicationStatus.EXTENDED);

        private final ApplicationStatus status;

        CompletionResult(ApplicationStatus status) {
            this.status = status;
        }

        ApplicationStatus status() {
            return status;
        }
    }
}
