package cn.kjj.platform.program;

import cn.kjj.platform.audit.AuditLog;
import cn.kjj.platform.common.ConflictException;
import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.region.RegionScope;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * What every step of an application does, whichever service takes it (decision 0039): who may decide,
 * the move from one status to the next, the history entry and the audit event in the step's transaction,
 * and the schema's money checks read as a concurrent change.
 */
@Component
class ApplicationSteps {

    private static final List<String> MONEY_CHECKS = List.of("program_commitments_within_budget",
            "program_call_within_budget", "program_application_paid_within_approved",
            "program_application_recovered_within_paid");

    private final ProgramApplicationRepository applications;
    private final ProgramRepository programs;
    private final ProgramCallRepository calls;
    private final ApplicationHistoryRepository history;
    private final ApplicationAccess access;
    private final AuditLog audit;
    private final Clock clock;

    ApplicationSteps(ProgramApplicationRepository applications, ProgramRepository programs,
                     ProgramCallRepository calls, ApplicationHistoryRepository history, RegionScope scope,
                     AuditLog audit, Clock clock) {
        this.applications = applications;
        this.programs = programs;
        this.calls = calls;
        this.history = history;
        this.access = new ApplicationAccess(applications, programs, scope);
        this.audit = audit;
        this.clock = clock;
    }

    ApplicationAccess access() {
        return access;
    }

    Instant now() {
        return clock.instant();
    }

    /** The application, locked until the transaction ends, for an official who may decide on it. */
    ApplicationAccess.Loaded lockedForDecision(AccountPrincipal actor, long id) {
        return access.decidable(actor, applications.findByIdForUpdate(id)
                .orElseThrow(() -> NotFoundException.of("programApplication", id)));
    }

    /**
     * The program's row, then the call's, then the application's, locked until the transaction ends, in the
     * order every step that books on the budgets takes them (so no deadlock), for an official who may decide.
     */
    Booking lockedForBooking(AccountPrincipal actor, long id) {
        Program program = programs.findByApplicationIdForUpdate(id)
                .orElseThrow(() -> NotFoundException.of("programApplication", id));
        ProgramCall call = calls.findByApplicationIdForUpdate(id).orElseThrow();
        ProgramApplication application = access.decidable(actor, applications.findByIdForUpdate(id).orElseThrow())
                .application();
        return new Booking(program, call, application);
    }

    /** Books what {@code booking} changed: the call's row, the program's, the application's. */
    void book(Booking booking) {
        booked(() -> {
            calls.saveAndFlush(booking.call());
            programs.saveAndFlush(booking.program());
            applications.saveAndFlush(booking.application());
        });
    }

    /** The rows a step that books on the budgets holds locked. */
    record Booking(Program program, ProgramCall call, ProgramApplication application) {
    }

    /** A step of the office that needs a reason: 409 from another status, 400 without the reason. */
    void decide(AccountPrincipal actor, long id, ApplicationAction action, ApplicationStatus to, String reason) {
        ApplicationAccess.Loaded loaded = access.decidable(actor, id);
        action.requireFrom(loaded.application().getStatus());
        FieldErrors errors = new FieldErrors();
        String checked = errors.text("reason", reason, 2000, true);
        errors.throwIfAny();
        transition(actor, loaded, action, to, checked, null);
    }

    /** Moves the application to {@code to} by {@code action} (409 from another status) and records the step. */
    void transition(AccountPrincipal actor, ApplicationAccess.Loaded loaded, ApplicationAction action,
                    ApplicationStatus to, String reason, BigDecimal amount) {
        ProgramApplication application = loaded.application();
        Instant now = clock.instant();
        ApplicationStatus from = application.move(action, to, now);
        applications.saveAndFlush(application);
        record(actor, application, loaded.program(), action, from, reason, amount, now);
    }

    /** The step's history entry (who by name as it was, when, from, to, why, money) and its audit event. */
    void record(AccountPrincipal actor, ProgramApplication application, Program program, ApplicationAction action,
                ApplicationStatus from, String reason, BigDecimal amount, Instant now) {
        history.save(new ApplicationHistoryEntry(application.getId(), actor, now, action, from,
                application.getStatus(), reason, amount));
        audit.record(ProgramApplicationService.ENTITY + "." + action.name().toLowerCase(Locale.ROOT),
                ProgramApplicationService.ENTITY, application.getId(), program.getRegionCode(),
                from == null ? null : Map.of("status", from),
                new StepAudit(application.getStatus(), reason, amount, application.getApprovedAmount(),
                        application.getPaidTotal(), application.getRecoveredTotal()));
    }

    /**
     * Runs the flushes of a booking; a money check of the schema broken by a writer that raced past the
     * locks and the checks of the domain is 409, as a concurrent change.
     */
    static void booked(Runnable flushes) {
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

    /** An optional note of a step: 400 when too long. */
    static String optional(String note) {
        FieldErrors errors = new FieldErrors();
        String checked = errors.text("note", note, 2000, false);
        errors.throwIfAny();
        return checked;
    }

    /** What the audit trail keeps of a step: the status after it, why, and the money. */
    record StepAudit(ApplicationStatus status, String reason, BigDecimal amount, BigDecimal approvedAmount,
                     BigDecimal paidTotal, BigDecimal recoveredTotal) {
    }
}
