package cn.kjj.platform.contract;

/**
 * Published (as a Spring application event) when a contract takes a step of its state machine,
 * inside the transaction that takes it; listeners that count or notify wait for the commit.
 */
public record ContractTransitioned(long contractId, ContractAction action, ContractStatus from, ContractStatus to) {
}
