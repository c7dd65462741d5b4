package cn.kjj.platform.contract;

/**
 * A contract as its seller (or an official on the seller's behalf) files it, or, for a technology
 * import or a development commissioned abroad, its domestic buyer (decision 0036).
 *
 * @param sellerId only for officials entering a contract for an enterprise; an enterprise
 *                 account always files for its own enterprise (with role BUYER: the filer, the buyer)
 * @param submit   submit at once (the default) or keep as a draft
 * @param role     who files; {@code null}: {@link FilerRole#SELLER}
 * @param seller   the seller abroad, only with {@link FilerRole#BUYER}
 */
public record NewContract(ContractTerms terms, Long sellerId, boolean submit, FilerRole role, AbroadSeller seller) {

    /** Filed by the seller. */
    public NewContract(ContractTerms terms, Long sellerId, boolean submit) {
        this(terms, sellerId, submit, FilerRole.SELLER, null);
    }

    public boolean byBuyer() {
        return role == FilerRole.BUYER;
    }
}
