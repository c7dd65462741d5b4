package cn.kjj.platform.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * Who of the registering office decided a change application or an objection, when, and the note
 * given (decision 0034): the same four columns in {@code contract_change} and {@code contract_objection}.
 */
@Embeddable
public record OfficeDecision(
        @Column(name = "decided_by") Long decidedBy,
        @Column(name = "decided_by_name", length = 100) String decidedByName,
        @Column(name = "decided_at") Instant decidedAt,
        @Column(name = "note", length = ContractStateMachine.MAX_REASON_LENGTH) String note) {

    /** Not decided yet (JPA reads an all-null embeddable as null). */
    public static final OfficeDecision NONE = new OfficeDecision(null, null, null, null);

    static OfficeDecision by(ContractActor official, String note, Instant at) {
        return new OfficeDecision(official.accountId(), official.name(), at, note);
    }
}
