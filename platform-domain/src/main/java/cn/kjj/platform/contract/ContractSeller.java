package cn.kjj.platform.contract;

import cn.kjj.platform.enterprise.Enterprise;

/**
 * The seller as far as a contract needs it: the registering office is the seller's district; its nature
 * (单位性质) is what the registration form records and the statistics count.
 */
public record ContractSeller(long id, String regionCode, String creditCode, PartyNature nature) {

    /** A seller that is an enterprise. */
    public ContractSeller(long id, String regionCode, String creditCode) {
        this(id, regionCode, creditCode, PartyNature.ENTERPRISE);
    }

    public static ContractSeller of(Enterprise enterprise) {
        return new ContractSeller(enterprise.getId(), enterprise.getRegionCode(), enterprise.getCreditCode(),
                enterprise.getNature() == null ? PartyNature.ENTERPRISE : PartyNature.valueOf(enterprise.getNature().name()));
    }
}
