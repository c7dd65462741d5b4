package cn.kjj.platform.program;

import cn.kjj.platform.audit.AuditLog;
import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.common.ClockConfiguration;
import cn.kjj.platform.common.ConflictException;
import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.common.Money;
import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.common.UploadedFile;
import cn.kjj.platform.enterprise.Enterprise;
import cn.kjj.platform.enterprise.EnterpriseRepository;
import cn.kjj.platform.enterprise.HighTechCertificationRepository;
import cn.kjj.platform.sme.TechSmeRepository;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.region.RegionDirectory;
import cn.kjj.platform.region.RegionScope;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An application's life (decision 0039): an enterprise applies to an open call it is eligible for
 * and attaches the required documents; the office checks it (形式审查), has experts review it,
 * approves it (立项) within the call's and the program's budgets, pays tranches, checks it at
 * mid-term and accepts it (验收), or terminates it and recovers money. Every step writes a history
 * entry (who, when, why) and an audit event in its transaction; an illegal step is 409 and changes
 * nothing. An approval locks the program's row and then the call's, a tranche or a termination the
 * application's, so that concurrent decisions are booked one after the other; the schema's checks
 * are the last guard.
 */
@Service
public class ProgramApplicationService {

    static final String ENTITY = "programApplication";
    private static final List<String> MONEY_CHECKS = List.of("program_commitments_within_budget",
            "program_call_within_budget", "program_application_paid_within_approved",
            "program_application_recovered_within_paid");

    /** The statuses in which a team of an open competition is still in the race. */
    static final Set<ApplicationStatus> RACING = Arrays.stream(ApplicationStatus.values())
            .filter(ApplicationAction.STAGE_REVIEW::allowedFrom)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(ApplicationStatus.class)));

    private final ProgramApplicationRepository applications;
    private final ProgramRepository programs;
    private final ProgramCallRepository calls;
    private final ApplicationHistoryRepository history;
    private final DisbursementRepository disbursements;
    private final ApplicationAttachmentRepository attachments;
    private final ApplicationAttachmentContentRepository contents;
    private final EnterpriseRepository enterprises;
    private final HighTechCertificationRepository certifications;
    private final TechSmeRepository techSmes;
    private final ApplicationAccess access;
    private final RegionDirectory regions;
    private final AuditLog audit;
    private final Clock clock;

    @SuppressWarnings("java:S107") // the repositories of one aggregate's parts
    ProgramApplicationService(ProgramApplicationRepository applications, ProgramRepository programs,
                              ProgramCallRepository calls, ApplicationHistoryRepository history,
                              DisbursementRepository disbursements, ApplicationAttachmentRepository attachments,
                              ApplicationAttachmentContentRepository contents, EnterpriseRepository enterprises,
                              HighTechCertificationRepository certifications, TechSmeRepository techSmes,
                              RegionScope scope, RegionDirectory regions, AuditLog audit, Clock clock) {
        this.applications = applications;
        this.programs = programs;
        this.calls = calls;
        this.history = history;
        this.disbursements = disbursements;
        this.attachments = attachments;
        this.contents = contents;
        this.enterprises = enterprises;
        this.certifications = certifications;
        this.techSmes = techSmes;
        this.access = new ApplicationAccess(applications, programs, scope);
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
        step(actor, application, program, ApplicationAction.SUBMIT, null, null, null, now);
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
        transition(actor, loaded, ApplicationAction.ACCEPT, ApplicationStatus.UNDER_REVIEW, optional(note), null);
    }

    @Transactional
    public void returnForCorrection(AccountPrincipal actor, long id, String reason) {
        decide(actor, id, ApplicationAction.RETURN, ApplicationStatus.RETURNED, reason);
    }

    @Transactional
    public void reject(AccountPrincipal actor, long id, String reason) {
        decide(actor, id, ApplicationAction.REJECT, ApplicationStatus.REJECTED, reason);
    }

    @Transactional
    public void decline(AccountPrincipal actor, long id, String reason) {
        decide(actor, id, ApplicationAction.DECLINE, ApplicationStatus.DECLINED, reason);
    }

    /** The applicant files a returned application again. */
    @Transactional
    public void resubmit(AccountPrincipal actor, long id, String note) {
        transition(actor, access.ownedBy(actor, id), ApplicationAction.RESUBMIT, ApplicationStatus.SUBMITTED,
                optional(note), null);
    }

    /**
     * 立项 of {@code amount} (at most what was requested): the program's awards and approvals stay
     * within its budget and the call's approvals within the call's ({@code error.program.budgetExceeded},
     * {@code error.programCall.budgetExceeded}), also for decisions at the same moment.
     */
    @Transactional
    public void approve(AccountPrincipal actor, long id, BigDecimal amount) {
        Program program = programs.findByApplicationIdForUpdate(id)
                .orElseThrow(() -> NotFoundException.of("programApplication", id));
        ProgramCall call = calls.findByApplicationIdForUpdate(id).orElseThrow();
        ProgramApplication application = access.decidable(actor, applications.findByIdForUpdate(id).orElseThrow())
                .application();
        Instant now = clock.instant();
        ApplicationStatus from = application.getStatus();
        BigDecimal approved = application.approve(amount, now);
        call.approve(approved, now);
        program.approve(approved, now);
        booked(() -> {
            calls.saveAndFlush(call);
            programs.saveAndFlush(program);
            applications.saveAndFlush(application);
        });
        step(actor, application, program, ApplicationAction.APPROVE, from, null, approved, now);
    }

    /** A tranche: what is paid never passes what was approved ({@code error.programApplication.paidExceedsApproved}). */
    @Transactional
    public ApplicationView.TrancheView disburse(AccountPrincipal actor, long id, BigDecimal amount, LocalDate paidOn) {
        ApplicationAccess.Loaded loaded = lockedForDecision(actor, id);
        FieldErrors errors = new FieldErrors();
        BigDecimal yuan = errors.required("amount", amount) == null ? null
                : errors.check(() -> Money.requirePositive(amount, "amount"));
        errors.date("paidOn", errors.required("paidOn", paidOn));
        errors.throwIfAny();
        ProgramApplication application = loaded.application();
        Instant now = clock.instant();
        ApplicationStatus status = application.getStatus();
        application.disburse(yuan, now);
        Disbursement tranche = disbursements.save(new Disbursement(id, yuan, paidOn, now));
        booked(() -> applications.saveAndFlush(application));
        step(actor, application, loaded.program(), ApplicationAction.DISBURSE, status, "paidOn " + paidOn, yuan, now);
        return ApplicationView.TrancheView.of(tranche);
    }

    /** 中期检查: passed, or failed (then terminated, or checked again). */
    @Transactional
    public void midterm(AccountPrincipal actor, long id, Boolean passed, String note) {
        ApplicationAccess.Loaded loaded = access.decidable(actor, id);
        FieldErrors errors = new FieldErrors();
        errors.required("passed", passed);
        String checked = errors.text("note", note, 2000, Boolean.FALSE.equals(passed));
        errors.throwIfAny();
        transition(actor, loaded, ApplicationAction.MIDTERM,
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
        transition(actor, loaded, ApplicationAction.COMPLETE, outcome.status(), checked, null);
    }

    /** 终止 with what was recovered (追回, zero allowed): never more than was paid ({@code error.programApplication.recoveredExceedsPaid}). */
    @Transactional
    public void terminate(AccountPrincipal actor, long id, String reason, BigDecimal recoveredAmount) {
        ApplicationAccess.Loaded loaded = lockedForDecision(actor, id);
        FieldErrors errors = new FieldErrors();
        String checked = errors.text("reason", reason, 2000, true);
        BigDecimal recovered = recoveredAmount == null ? BigDecimal.ZERO.setScale(Money.SCALE)
                : errors.check(() -> Money.requireNonNegative(recoveredAmount, "recoveredAmount"));
        errors.throwIfAny();
        ProgramApplication application = loaded.application();
        Instant now = clock.instant();
        ApplicationStatus from = application.terminate(recovered, now);
        booked(() -> applications.saveAndFlush(application));
        step(actor, application, loaded.program(), ApplicationAction.TERMINATE, from, checked, recovered, now);
    }

    /**
     * An open competition's stage review (阶段评审, decision 0044): a team that passes goes on to its next
     * stage; a team that fails is dropped (DROPPED, the note says why) and the unpaid rest of its approval
     * is cancelled and given back to the call's and the program's budgets; what it was paid stays paid.
     * Locks as an approval does (program, call, application), so that drops, approvals and the winner are
     * booked one after the other.
     */
    @Transactional
    public void stageReview(AccountPrincipal actor, long id, Boolean passed, String note) {
        Competition competition = lockedCompetition(actor, id, ApplicationAction.STAGE_REVIEW);
        FieldErrors errors = new FieldErrors();
        errors.required("passed", passed);
        String checked = errors.text("note", note, 2000, Boolean.FALSE.equals(passed));
        errors.throwIfAny();
        if (competition.call().getWinnerApplicationId() != null) {
            throw decided(competition.call());
        }
        ProgramApplication application = competition.application();
        Instant now = clock.instant();
        ApplicationStatus from = application.getStatus();
        BigDecimal cancelled = null;
        if (passed) {
            application.passStage(now);
        } else {
            application.drop(now);
            cancelled = application.getCancelledAmount();
            competition.call().release(cancelled, now);
            competition.program().release(cancelled, now);
        }
        booked(() -> {
            calls.saveAndFlush(competition.call());
            programs.saveAndFlush(competition.program());
            applications.saveAndFlush(application);
        });
        step(actor, application, competition.program(), ApplicationAction.STAGE_REVIEW, from, checked, cancelled, now);
    }

    /**
     * Names the team that met the challenge (揭榜胜出): the last team still in the race
     * ({@code error.programCompetition.othersRunning} while another is), once per call
     * ({@code error.programCompetition.decided}), on a call with a prize ({@code error.programCompetition.noPrize}).
     * Its approval grows by the prize, which the program's budget must still hold.
     */
    @Transactional
    public void win(AccountPrincipal actor, long id, String note) {
        Competition competition = lockedCompetition(actor, id, ApplicationAction.WIN);
        String checked = optional(note);
        ProgramApplication application = competition.application();
        ProgramCall call = competition.call();
        if (call.getPrize() != null && call.getWinnerApplicationId() == null
                && applications.existsByCallIdAndIdNotAndStatusIn(call.getId(), id, RACING)) {
            throw new ConflictException("error.programCompetition.othersRunning",
                    "other teams of the call are still in the race: drop them at a stage review first", call.getId());
        }
        Instant now = clock.instant();
        ApplicationStatus from = application.getStatus();
        BigDecimal prize = call.grantPrize(id, now);
        competition.program().approve(prize, now);
        application.win(prize, now);
        booked(() -> {
            calls.saveAndFlush(call);
            programs.saveAndFlush(competition.program());
            applications.saveAndFlush(application);
        });
        step(actor, application, competition.program(), ApplicationAction.WIN, from, checked, prize, now);
    }

    /** Program, call and application locked in the approval's order; 409 for a step outside open competitions. */
    private Competition lockedCompetition(AccountPrincipal actor, long id, ApplicationAction action) {
        Program program = programs.findByApplicationIdForUpdate(id)
                .orElseThrow(() -> NotFoundException.of("programApplication", id));
        ProgramCall call = calls.findByApplicationIdForUpdate(id).orElseThrow();
        ProgramApplication application = access.decidable(actor, applications.findByIdForUpdate(id).orElseThrow())
                .application();
        if (program.getKind() != ProgramKind.OPEN_COMPETITION) {
            throw new ConflictException("error.programCompetition.notCompetition",
                    "only a team of an open competition (OPEN_COMPETITION) has stage reviews and a prize", id);
        }
        action.requireFrom(application.getStatus());
        return new Competition(program, call, application);
    }

    private static ConflictException decided(ProgramCall call) {
        return new ConflictException("error.programCompetition.decided",
                "the winner is already application " + call.getWinnerApplicationId(), call.getId(),
                call.getWinnerApplicationId());
    }

    private record Competition(Program program, ProgramCall call, ProgramApplication application) {
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

    private ApplicationAccess.Loaded lockedForDecision(AccountPrincipal actor, long id) {
        return access.decidable(actor, applications.findByIdForUpdate(id)
                .orElseThrow(() -> NotFoundException.of("programApplication", id)));
    }

    private void decide(AccountPrincipal actor, long id, ApplicationAction action, ApplicationStatus to,
                        String reason) {
        ApplicationAccess.Loaded loaded = access.decidable(actor, id);
        action.requireFrom(loaded.application().getStatus());
        FieldErrors errors = new FieldErrors();
        String checked = errors.text("reason", reason, 2000, true);
        errors.throwIfAny();
        transition(actor, loaded, action, to, checked, null);
    }

    private void transition(AccountPrincipal actor, ApplicationAccess.Loaded loaded, ApplicationAction action,
                            ApplicationStatus to, String reason, BigDecimal amount) {
        ProgramApplication application = loaded.application();
        Instant now = clock.instant();
        ApplicationStatus from = application.move(action, to, now);
        applications.saveAndFlush(application);
        step(actor, application, loaded.program(), action, from, reason, amount, now);
    }

    private void step(AccountPrincipal actor, ProgramApplication application, Program program,
                      ApplicationAction action, ApplicationStatus from, String reason, BigDecimal amount,
                      Instant now) {
        history.save(new ApplicationHistoryEntry(application.getId(), actor, now, action, from,
                application.getStatus(), reason, amount));
        audit.record(ENTITY + "." + action.name().toLowerCase(java.util.Locale.ROOT), ENTITY, application.getId(),
                program.getRegionCode(), from == null ? null : Map.of("status", from),
                new StepAudit(application.getStatus(), reason, amount, application.getApprovedAmount(),
                        application.getPaidTotal(), application.getRecoveredTotal()));
    }

    /**
     * Runs the flushes of a booking; a money check of the schema broken by a writer that raced past the
     * locks and the checks above is 409, as a concurrent change.
     */
    private static void booked(Runnable flushes) {
        try {
            flushes.run();
        } catch (DataIntegrityViolationException e) {
            String message = String.valueOf(e.getMostSpecificCause().getMessage());
            if (MONEY_CHECKS.stream().noneMatch(message::contains)) {
                throw e;
            }
            throw new ConflictException("error.conflict.concurrent", message);
        }
    }

    private static String optional(String note) {
        FieldErrors errors = new FieldErrors();
        String checked = errors.text("note", note, 2000, false);
        errors.throwIfAny();
        return checked;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.BUREAU_ZONE));
    }

    /** What the audit trail keeps of a step: the status after it, why, and the money. */
    record StepAudit(ApplicationStatus status, String reason, BigDecimal amount, BigDecimal approvedAmount,
                     BigDecimal paidTotal, BigDecimal recoveredTotal) {
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
