package cn.kjj.platform.contract;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A row of a contract list or of the review queue.
 *
 * @param reason              why the contract was returned, refused or revoked, when that is where it stands
 * @param awaitsOtherOfficial a second review that the reader cannot do, having done the first
 */
public record ContractPageRow(ContractSummary contract, String reason, boolean awaitsOtherOfficial) {

    /** Statuses whose latest step carries a reason that the seller needs to read. */
    static final Set<ContractStatus> WITH_REASON = EnumSet.of(ContractStatus.RETURNED, ContractStatus.REJECTED,
            ContractStatus.REVOKED);

    /** The summary's latest reason, when the contract's status is one that a reason led to. */
    static String reasonOf(ContractSummary contract) {
        return WITH_REASON.contains(contract.status()) ? contract.latestReason() : null;
    }

    /** The reason of the step that led to the contract's current status, if that status has one. */
    static String latestReason(ContractView contract) {
        if (!WITH_REASON.contains(contract.status())) {
            return null;
        }
        List<ContractView.HistoryView> history = contract.history();
        for (int i = history.size() - 1; i >= 0; i--) {
            ContractView.HistoryView step = history.get(i);
            if (step.to() == contract.status() && step.reason() != null) {
                return step.reason();
            }
        }
        return null;
    }
}
