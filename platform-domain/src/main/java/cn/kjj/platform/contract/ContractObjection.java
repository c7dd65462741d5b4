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
import java.time.Instant;
import java.util.Objects;

/**
 * An objection (异议) to a registration (table {@code contract_objection}), raised by a party or by
 * an official of another office and reviewed by the registering office, which confirms the
 * registration or corrects it: re-核定 or cancellation (decision 0034).
 */
@Entity
@Table(name = "contract_objection")
public class ContractObjection {

    /** Who raised it: a party to the contract, or another office (finance, tax, another district). */
    public enum RaisedAs {
        PARTY, OFFICE
    }

    /** How a correction corrected the registration. */
    public enum Outcome {
        REDECIDED, CANCELLED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contract_id", nullable = false, updatable = false)
    private Long contractId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private ObjectionStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "raised_as", nullable = false, length = 10, updatable = false)
    private RaisedAs raisedAs;

    @Column(name = "reason", nullable = false, length = ContractStateMachine.MAX_REASON_LENGTH, updatable = false)
    private String reason;

    @Column(name = "raised_by", updatable = false)
    private Long raisedBy;

    @Column(name = "raised_by_name", nullable = false, length = 100, updatable = false)
    private String raisedByName;

    @Column(name = "raised_at", nullable = false, updatable = false)
    private Instant raisedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 12)
    private Outcome outcome;


    @Embedded
    private OfficeDecision decision;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ContractObjection() {
        // for JPA
    }

    static ContractObjection raised(long contractId, RaisedAs raisedAs, String reason, long accountId, String name,
                                    Instant now) {
        ContractObjection objection = new ContractObjection();
        objection.contractId = contractId;
        objection.status = ObjectionStatus.OPEN;
        objection.raisedAs = Objects.requireNonNull(raisedAs, "raisedAs");
        objection.reason = Objects.requireNonNull(reason, "reason");
        objection.raisedBy = accountId;
        objection.raisedByName = name;
        objection.raisedAt = now;
        return objection;
    }

    /** The registration stands. 409 once decided. */
    void confirm(ContractActor official, String decisionNote, Instant now) {
        decide(official, ObjectionStatus.CONFIRMED, null, decisionNote, now);
    }

    /** The registration was corrected (re-核定 or cancelled). 409 once decided. */
    void correct(ContractActor official, Outcome how, String decisionNote, Instant now) {
        decide(official, ObjectionStatus.CORRECTED, Objects.requireNonNull(how, "how"), decisionNote, now);
    }

    private void decide(ContractActor official, ObjectionStatus to, Outcome how, String decisionNote, Instant now) {
        if (status != ObjectionStatus.OPEN) {
            throw new ConflictException("error.contract.objection.decided",
                    "objection " + id + " is already " + status, status);
        }
        status = to;
        outcome = how;
        decision = OfficeDecision.by(official, decisionNote, now);
    }

    public Long getId() {
        return id;
    }

    public Long getContractId() {
        return contractId;
    }

    public ObjectionStatus getStatus() {
        return status;
    }

    public RaisedAs getRaisedAs() {
        return raisedAs;
    }

    public String getReason() {
        return reason;
    }

    public String getRaisedByName() {
        return raisedByName;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public Outcome getOutcome() {
        return outcome;
    }




    /** The office's decision; {@link OfficeDecision#NONE} while undecided. */
    public OfficeDecision getDecision() {
        return decision == null ? OfficeDecision.NONE : decision;
    }

    public long getVersion() {
        return version;
    }
}
