package cn.kjj.platform.contract;

import java.time.Instant;

/** An objection (异议) as its readers see it (decision 0034); names left out for analysts. */
public record ObjectionView(
        Long id, Long contractId, String registrationNo, ObjectionStatus status, ContractObjection.RaisedAs raisedAs,
        String reason, String raisedBy, Instant raisedAt, ContractObjection.Outcome outcome, String note,
        String decidedBy, Instant decidedAt) {

    static ObjectionView of(ContractObjection o, String registrationNo, boolean withNames) {
        return new ObjectionView(o.getId(), o.getContractId(), registrationNo, o.getStatus(), o.getRaisedAs(),
                o.getReason(), withNames ? o.getRaisedByName() : null, o.getRaisedAt(), o.getOutcome(), o.getDecision().note(),
                withNames ? o.getDecision().decidedByName() : null, o.getDecision().decidedAt());
    }

    public boolean open() {
        return status == ObjectionStatus.OPEN;
    }
}
