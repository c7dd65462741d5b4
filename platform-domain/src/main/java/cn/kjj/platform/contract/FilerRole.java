package cn.kjj.platform.contract;

import cn.kjj.platform.common.Named;
import cn.kjj.platform.common.Names;

/**
 * Which party registers a contract (decision 0036). The rule is the seller (技术输出 of its district);
 * the domestic buyer registers a technology import and a development commissioned abroad (技术吸纳
 * of its district, no region's output). Schema check on {@code technology_contract.filer_role}.
 */
public enum FilerRole implements Named.Constant {
    SELLER("卖方登记", "Registered by the seller"),
    BUYER("买方登记", "Registered by the buyer");

    private final Names names;

    FilerRole(String nameZh, String nameEn) {
        this.names = new Names(nameZh, nameEn);
    }

    @Override
    public Names names() {
        return names;
    }
}
