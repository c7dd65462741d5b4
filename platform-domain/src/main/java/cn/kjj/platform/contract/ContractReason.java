package cn.kjj.platform.contract;

/** The reason of a contract's newest history entry that has one (a return, a refusal, a revocation). */
public record ContractReason(Long contractId, String reason) {
}
