package cn.kjj.platform.contract;

import cn.kjj.platform.enterprise.Enterprise;

/** The seller as far as a contract needs it: the registering office is the seller's district. */
public record ContractSeller(long id, String regionCode, String creditCode) {

    public static ContractSeller of(Enterprise enterprise) {
        return new ContractSeller(enterprise.getId(), enterprise.getRegionCode(), enterprise.getCreditCode());
    }
}
