package cn.kjj.platform.contract;

import cn.kjj.platform.contract.ContractStateMachine.Transition;
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
import java.util.Objects;

/**
 * One step of a contract's review (table {@code contract_history}), kept with the actor's name
 * as it was, so the history reads the same after an account is renamed. Never changed.
 */
@Entity
@Table(name = "contract_history")
public class ContractHistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contract_id", nullable = false, updatable = false)
    private Long contractId;

    @Column(name = "at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(name = "actor_name", nullable = false, length = 100, updatable = false)
    private String actorName;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 25, updatable = false)
    private ContractStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 25, updatable = false)
    private ContractStatus toStatus;

    @Column(name = "reason", length = ContractStateMachine.MAX_REASON_LENGTH, updatable = false)
    private String reason;

    /** The ground of a return or refusal. */
    @Enumerated(EnumType.STRING)
    @Column(name = "reason_code", length = 30, updatable = false)
    private RefusalReason reasonCode;

    /** At a registering step: the 核定 technology transaction amount the office decided. */
    @Column(name = "tech_transaction_amount", precision = 18, scale = 2, updatable = false)
    private BigDecimal techTransactionAmount;

    protected ContractHistoryEntry() {
        // for JPA
    }

    private ContractHistoryEntry(long contractId, Instant at, ContractActor actor, ContractStatus from,
                                 ContractStatus to, String reason) {
        this.contractId = contractId;
        this.at = Objects.requireNonNull(at, "at");
        this.actorId = actor.accountId();
        this.actorName = actor.name();
        this.fromStatus = from;
        this.toStatus = Objects.requireNonNull(to, "to");
        this.reason = reason;
    }

    /** The first entry: the contract came into being in {@code status} (usually DRAFT). */
    public static ContractHistoryEntry created(long contractId, ContractStatus status, ContractActor actor, Instant at) {
        return new ContractHistoryEntry(contractId, at, actor, null, status, null);
    }

    public static ContractHistoryEntry of(long contractId, Transition transition, ContractActor actor, Instant at) {
        return new ContractHistoryEntry(contractId, at, actor, transition.from(), transition.to(), transition.reason());
    }

    /** A step with the office's decision: the ground of a return or refusal, the 核定 amount of a registration. */
    public static ContractHistoryEntry of(long contractId, Transition transition, ContractActor actor, Instant at,
                                          RefusalReason reasonCode, BigDecimal decidedAmount) {
        ContractHistoryEntry entry = of(contractId, transition, actor, at);
        entry.reasonCode = reasonCode;
        entry.techTransactionAmount = decidedAmount;
        return entry;
    }

    /**
     * A step that leaves the status as it is: a change's or an objection's decision (decision 0034),
     * with the 核定 amount where it was decided again.
     */
    public static ContractHistoryEntry noted(long contractId, ContractStatus status, ContractActor actor, Instant at,
                                             String reason, BigDecimal decidedAmount) {
        ContractHistoryEntry entry = new ContractHistoryEntry(contractId, at, actor, status, status, reason);
        entry.techTransactionAmount = decidedAmount;
        return entry;
    }

    public Long getId() {
        return id;
    }

    public Long getContractId() {
        return contractId;
    }

    public Instant getAt() {
        return at;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public ContractStatus getFromStatus() {
        return fromStatus;
    }

    public ContractStatus getToStatus() {
        return toStatus;
    }

    public RefusalReason getReasonCode() {
        return reasonCode;
    }

    public BigDecimal getTechTransactionAmount() {
        return techTransactionAmount;
    }

    public String getReason() {
        return reason;
    }
}
