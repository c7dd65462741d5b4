package cn.kjj.platform.contract;

import cn.kjj.platform.common.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An application for a change or cancellation of a registered contract (变更登记 / 注销登记, table
 * {@code contract_change}), or an objection's re-核定 recorded as an applied change (decision 0034).
 * An approval keeps the figures it replaced and applied, so that the indicators move by the
 * difference in the month of {@link #getDecidedOn()} and a later withdrawal can take it back.
 */
@Entity
@Table(name = "contract_change")
public class ContractChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contract_id", nullable = false, updatable = false)
    private Long contractId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10, updatable = false)
    private ContractChangeKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private ContractChangeStatus status;

    @Column(name = "reason", nullable = false, length = ContractStateMachine.MAX_REASON_LENGTH, updatable = false)
    private String reason;

    @Column(name = "contract_amount", precision = 18, scale = 2, updatable = false)
    private BigDecimal contractAmount;

    @Column(name = "tech_transaction_amount", precision = 18, scale = 2, updatable = false)
    private BigDecimal techTransactionAmount;

    @Column(name = "valid_to", updatable = false)
    private LocalDate validTo;

    @Column(name = "requested_by", updatable = false)
    private Long requestedBy;

    @Column(name = "requested_by_name", nullable = false, length = 100, updatable = false)
    private String requestedByName;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "before_contract_amount", precision = 18, scale = 2)
    private BigDecimal beforeContractAmount;

    @Column(name = "before_tech_amount", precision = 18, scale = 2)
    private BigDecimal beforeTechAmount;

    @Column(name = "after_contract_amount", precision = 18, scale = 2)
    private BigDecimal afterContractAmount;

    @Column(name = "after_tech_amount", precision = 18, scale = 2)
    private BigDecimal afterTechAmount;

    @Embedded
    private OfficeDecision decision;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason_code", length = 30)
    private RefusalReason reasonCode;


    @Column(name = "objection_id", updatable = false)
    private Long objectionId;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ContractChange() {
        // for JPA
    }

    /** A pending application of the registering party; {@code figures} already well-formed, empty for a cancellation. */
    static ContractChange applied(long contractId, ContractChangeKind kind, String reason,
                                  ContractChanges.Figures figures, ContractActor applicant, Instant now) {
        ContractChange change = new ContractChange();
        change.contractId = contractId;
        change.kind = Objects.requireNonNull(kind, "kind");
        change.status = ContractChangeStatus.PENDING;
        change.reason = Objects.requireNonNull(reason, "reason");
        change.contractAmount = figures.contractAmount();
        change.techTransactionAmount = figures.techTransactionAmount();
        change.validTo = figures.validTo();
        change.requestedBy = applicant.accountId();
        change.requestedByName = applicant.name();
        change.requestedAt = now;
        return change;
    }

    /** An objection's re-核定 or cancellation, decided as it is recorded. */
    static ContractChange onObjection(long contractId, long objectionId, ContractChangeKind kind, String reason,
                                      ContractChanges.Figures figures, ContractActor official, Instant now) {
        ContractChange change = applied(contractId, kind, reason, figures, official, now);
        change.objectionId = objectionId;
        return change;
    }

    /**
     * Approves: for a change, with the figures it replaced and the ones the contract now has.
     * 409 once decided.
     */
    void approve(ContractActor official, String decisionNote, ContractChanges.Amounts before,
                 ContractChanges.Amounts after, Instant now) {
        decide(official, ContractChangeStatus.APPROVED, decisionNote, now);
        if (kind != ContractChangeKind.CANCEL) {
            beforeContractAmount = before.contractAmount();
            beforeTechAmount = before.techTransactionAmount();
            afterContractAmount = after.contractAmount();
            afterTechAmount = after.techTransactionAmount();
        }
    }

    /** Refuses, on a ground of the catalogue where one fits, with a note. 409 once decided. */
    void refuse(ContractActor official, RefusalReason ground, String decisionNote, Instant now) {
        decide(official, ContractChangeStatus.REFUSED, decisionNote, now);
        reasonCode = ground;
    }

    private void decide(ContractActor official, ContractChangeStatus to, String decisionNote, Instant now) {
        if (status != ContractChangeStatus.PENDING) {
            throw new ConflictException("error.contract.change.decided",
                    "change application " + id + " is already " + status, status);
        }
        status = to;
        decision = OfficeDecision.by(official, decisionNote, now);
        decidedOn = ReviewClock.officeDate(now);
    }

    /** What the approval moved: the contract amount and the technology transaction amount, after less before. */
    ContractChanges.Amounts delta() {
        if (afterContractAmount == null) {
            return ContractChanges.Amounts.ZERO;
        }
        return new ContractChanges.Amounts(afterContractAmount.subtract(beforeContractAmount),
                afterTechAmount.subtract(beforeTechAmount));
    }

    public Long getId() {
        return id;
    }

    public Long getContractId() {
        return contractId;
    }

    public ContractChangeKind getKind() {
        return kind;
    }

    public ContractChangeStatus getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }

    public BigDecimal getContractAmount() {
        return contractAmount;
    }

    public BigDecimal getTechTransactionAmount() {
        return techTransactionAmount;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public String getRequestedByName() {
        return requestedByName;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public BigDecimal getBeforeContractAmount() {
        return beforeContractAmount;
    }

    public BigDecimal getBeforeTechAmount() {
        return beforeTechAmount;
    }

    public BigDecimal getAfterContractAmount() {
        return afterContractAmount;
    }

    public BigDecimal getAfterTechAmount() {
        return afterTechAmount;
    }



    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public RefusalReason getReasonCode() {
        return reasonCode;
    }


    public Long getObjectionId() {
        return objectionId;
    }

    /** The office's decision; {@link OfficeDecision#NONE} while undecided. */
    public OfficeDecision getDecision() {
        return decision == null ? OfficeDecision.NONE : decision;
    }

    public long getVersion() {
        return version;
    }
}
