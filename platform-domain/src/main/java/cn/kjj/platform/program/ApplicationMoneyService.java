package cn.kjj.platform.program;

import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.common.Money;
import cn.kjj.platform.identity.AccountPrincipal;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The money of an application (decision 0039): approval (立项) within the call's and the program's budgets,
 * tranches (拨付) within what was approved, and termination (终止) with a recovery (追回) within what was paid.
 * An approval locks the program's row and then the call's (always in that order, so no deadlock), then the
 * application's; a tranche or a termination locks the application's row; so concurrent decisions are booked
 * one after the other, the domain refuses first with a precise 409 and the schema's checks are the last guard.
 */
@Service
public class ApplicationMoneyService {

    private final ProgramApplicationRepository applications;
    private final DisbursementRepository disbursements;
    private final ApplicationSteps steps;

    ApplicationMoneyService(ProgramApplicationRepository applications, DisbursementRepository disbursements,
                            ApplicationSteps steps) {
        this.applications = applications;
        this.disbursements = disbursements;
        this.steps = steps;
    }

    /**
     * 立项 of {@code amount} (at most what was requested): the program's awards and approvals stay
     * within its budget and the call's approvals within the call's ({@code error.program.budgetExceeded},
     * {@code error.programCall.budgetExceeded}), also for decisions at the same moment.
     */
    @Transactional
    public void approve(AccountPrincipal actor, long id, BigDecimal amount) {
        ApplicationSteps.Booking booking = steps.lockedForBooking(actor, id);
        ProgramApplication application = booking.application();
        Instant now = steps.now();
        ApplicationStatus from = application.getStatus();
        BigDecimal approved = application.approve(amount, now);
        booking.call().approve(approved, now);
        booking.program().approve(approved, now);
        steps.book(booking);
        steps.record(actor, application, booking.program(), ApplicationAction.APPROVE, from, null, approved, now);
    }

    /** A tranche: what is paid never passes what was approved ({@code error.programApplication.paidExceedsApproved}). */
    @Transactional
    public ApplicationView.TrancheView disburse(AccountPrincipal actor, long id, BigDecimal amount, LocalDate paidOn) {
        ApplicationAccess.Loaded loaded = steps.lockedForDecision(actor, id);
        FieldErrors errors = new FieldErrors();
        BigDecimal yuan = errors.required("amount", amount) == null ? null
                : errors.check(() -> Money.requirePositive(amount, "amount"));
        errors.date("paidOn", errors.required("paidOn", paidOn));
        errors.throwIfAny();
        ProgramApplication application = loaded.application();
        Instant now = steps.now();
        ApplicationStatus status = application.getStatus();
        application.disburse(yuan, now);
        Disbursement tranche = disbursements.save(new Disbursement(id, yuan, paidOn, now));
        ApplicationSteps.booked(() -> applications.saveAndFlush(application));
        steps.record(actor, application, loaded.program(), ApplicationAction.DISBURSE, status, "paidOn " + paidOn,
                yuan, now);
        return ApplicationView.TrancheView.of(tranche);
    }

    /** 终止 with what was recovered (追回, zero allowed): never more than was paid ({@code error.programApplication.recoveredExceedsPaid}). */
    @Transactional
    public void terminate(AccountPrincipal actor, long id, String reason, BigDecimal recoveredAmount) {
        ApplicationAccess.Loaded loaded = steps.lockedForDecision(actor, id);
        FieldErrors errors = new FieldErrors();
        String checked = errors.text("reason", reason, 2000, true);
        BigDecimal recovered = recoveredAmount == null ? BigDecimal.ZERO.setScale(Money.SCALE)
                : errors.check(() -> Money.requireNonNegative(recoveredAmount, "recoveredAmount"));
        errors.throwIfAny();
        ProgramApplication application = loaded.application();
        Instant now = steps.now();
        ApplicationStatus from = application.terminate(recovered, now);
        ApplicationSteps.booked(() -> applications.saveAndFlush(application));
        steps.record(actor, application, loaded.program(), ApplicationAction.TERMINATE, from, checked, recovered,
                now);
    }
}
