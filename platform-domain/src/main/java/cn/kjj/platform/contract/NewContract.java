package cn.kjj.platform.contract;

/**
 * A contract as its seller (or an official on the seller's behalf) files it.
 *
 * @param sellerId only for officials entering a contract for an enterprise; an enterprise
 *                 account always files for its own enterprise
 * @param submit   submit at once (the default) or keep as a draft
 */
public record NewContract(ContractTerms terms, Long sellerId, boolean submit) {
}
