package cn.kjj.platform.program;

import cn.kjj.platform.common.ConflictException;
import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.common.Money;
import cn.kjj.platform.common.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An enterprise's application to a call (table {@code program_application}) and, once approved,
 * its project: the approved amount, what was paid in tranches and what was recovered. Paid never
 * passes approved and recovered never passes paid, here (409) and in the schema's checks.
 */
@Entity
@Table(name = "program_application")
public class ProgramApplication extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "program_id", nullable = false, updatable = false)
    private Long programId;

    @Column(name = "call_id", nullable = false, updatable = false)
    private Long callId;

    @Column(name = "enterprise_id", nullable = false, updatable = false)
    private Long enterpriseId;

    @Column(name = "title", nullable = false, length = 300, updatable = false)
    private String title;

    @Column(name = "summary", length = 4000, updatable = false)
    private String summary;

    @Column(name = "requested_amount", nullable = false, precision = 18, scale = 2, updatable = false)
    private BigDecimal requestedAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ApplicationStatus status;

    @Column(name = "approved_amount", precision = 18, scale = 2)
    private BigDecimal approvedAmount;

    @Column(name = "paid_total", nullable = false, precision = 18, scale = 2)
    private BigDecimal paidTotal = BigDecimal.ZERO.setScale(Money.SCALE);

    @Column(name = "recovered_total", nullable = false, precision = 18, scale = 2)
    private BigDecimal recoveredTotal = BigDecimal.ZERO.setScale(Money.SCALE);

    /** The stages of an open competition the team has passed (0 before its first stage review). */
    @Column(name = "stage", nullable = false)
    private int stage;

    /** The unpaid rest of the approval cancelled when the team was dropped (decision 0044). */
    @Column(name = "cancelled_amount", nullable = false, precision = 18, scale = 2)
    private BigDecimal cancelledAmount = BigDecimal.ZERO.setScale(Money.SCALE);

    /** The open competition's prize, added to the approval of the team named winner. */
    @Column(name = "prize_amount", nullable = false, precision = 18, scale = 2)
    private BigDecimal prizeAmount = BigDecimal.ZERO.setScale(Money.SCALE);

    protected ProgramApplication() {
        // for JPA
    }

    ProgramApplication(ProgramCall call, Long enterpriseId, NewApplication application, Instant now) {
        super(now);
        NewApplication checked = application.validated();
        this.programId = call.getProgramId();
        this.callId = call.getId();
        this.enterpriseId = enterpriseId;
        this.title = checked.title();
        this.summary = checked.summary();
        this.requestedAmount = checked.requestedAmount();
        this.status = ApplicationStatus.SUBMITTED;
    }

    /** Moves to {@code to} by {@code action}: 409 from a status the action does not start from. */
    ApplicationStatus move(ApplicationAction action, ApplicationStatus to, Instant now) {
        action.requireFrom(status);
        ApplicationStatus from = status;
        this.status = to;
        touch(now);
        return from;
    }

    /** 立项 of {@code amount}, at most what was requested (400 otherwise); the budgets are the service's. */
    BigDecimal approve(BigDecimal amount, Instant now) {
        ApplicationAction.APPROVE.requireFrom(status);
        FieldErrors errors = new FieldErrors();
        BigDecimal yuan = errors.required("amount", amount) == null ? null
                : errors.check(() -> Money.requirePositive(amount, "amount"));
        if (yuan != null && yuan.compareTo(requestedAmount) > 0) {
            errors.add("amount", "error.programApplication.aboveRequested",
                    "must not exceed the requested " + requestedAmount.toPlainString() + " yuan");
        }
        errors.throwIfAny();
        move(ApplicationAction.APPROVE, ApplicationStatus.APPROVED, now);
        this.approvedAmount = yuan;
        return yuan;
    }

    /**
     * Books a tranche.
     *
     * @throws ConflictException {@code error.programApplication.paidExceedsApproved} beyond the approved amount
     */
    void disburse(BigDecimal amount, Instant now) {
        ApplicationAction.DISBURSE.requireFrom(status);
        BigDecimal unpaid = approvedAmount.subtract(paidTotal).subtract(cancelledAmount);
        if (amount.compareTo(unpaid) > 0) {
            throw new ConflictException("error.programApplication.paidExceedsApproved",
                    "a tranche of " + amount.toPlainString() + " yuan exceeds the " + unpaid.toPlainString()
                            + " yuan approved and not yet paid", id, amount, unpaid);
        }
        this.paidTotal = paidTotal.add(amount);
        touch(now);
    }

    /**
     * Ends the project and books what was recovered (zero allowed).
     *
     * @throws ConflictException {@code error.programApplication.recoveredExceedsPaid} beyond what was paid
     */
    ApplicationStatus terminate(BigDecimal recovered, Instant now) {
        ApplicationAction.TERMINATE.requireFrom(status);
        if (recovered.compareTo(paidTotal) > 0) {
            throw new ConflictException("error.programApplication.recoveredExceedsPaid",
                    "recovering " + recovered.toPlainString() + " yuan exceeds the " + paidTotal.toPlainString()
                            + " yuan paid", id, recovered, paidTotal);
        }
        ApplicationStatus from = move(ApplicationAction.TERMINATE, ApplicationStatus.TERMINATED, now);
        this.recoveredTotal = recoveredTotal.add(recovered);
        return from;
    }

    /** A stage review passed: the team goes on to its next stage, in the same status. */
    void passStage(Instant now) {
        ApplicationAction.STAGE_REVIEW.requireFrom(status);
        this.stage = stage + 1;
        touch(now);
    }

    /**
     * A stage review failed: the team is dropped and the unpaid rest of its approval cancelled.
     *
     * @return the status it was dropped from
     */
    ApplicationStatus drop(Instant now) {
        ApplicationStatus from = move(ApplicationAction.STAGE_REVIEW, ApplicationStatus.DROPPED, now);
        this.cancelledAmount = approvedAmount.subtract(paidTotal);
        return from;
    }

    /** The team meets the challenge: its approval grows by the prize, paid in tranches as the rest. */
    void win(BigDecimal prize, Instant now) {
        ApplicationAction.WIN.requireFrom(status);
        this.prizeAmount = prize;
        this.approvedAmount = approvedAmount.add(prize);
        touch(now);
    }

    /** Whether the team still takes part in its open competition (approved, not ended or dropped). */
    public boolean isRacing() {
        return ApplicationAction.STAGE_REVIEW.allowedFrom(status);
    }

    @Override
    protected String entityName() {
        return "programApplication";
    }

    @Override
    public Long getId() {
        return id;
    }

    public Long getProgramId() {
        return programId;
    }

    public Long getCallId() {
        return callId;
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public BigDecimal getRequestedAmount() {
        return requestedAmount;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public BigDecimal getApprovedAmount() {
        return approvedAmount;
    }

    public BigDecimal getPaidTotal() {
        return paidTotal;
    }

    public BigDecimal getRecoveredTotal() {
        return recoveredTotal;
    }

    public int getStage() {
        return stage;
    }

    public BigDecimal getCancelledAmount() {
        return cancelledAmount;
    }

    public BigDecimal getPrizeAmount() {
        return prizeAmount;
    }
}
