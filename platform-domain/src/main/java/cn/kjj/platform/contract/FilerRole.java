package cn.kjj.platform.contract;

import cn.kjj.platform.common.Name;
import cn.kjj.platform.common.Named;

/**
 * Which party registers a contract (decision 0036). The rule is the seller (技术输出 of its district);
 * the domestic buyer registers a technology import and a development commissioned abroad (技术吸纳
 * of its district, no region's output). Schema check on {@code technology_contract.filer_role}.
 */
public enum FilerRole implements Named.Constant {
    @Name(zh = "卖方登记", en = "Registered by the seller") SELLER,
    @Name(zh = "买方登记", en = "Registered by the buyer") BUYER;
}
