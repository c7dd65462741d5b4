package cn.kjj.platform.contract;

import cn.kjj.platform.common.Name;
import cn.kjj.platform.common.Named;

/** Where a change or cancellation application stands: PENDING until an official approves or refuses it. */
public enum ContractChangeStatus implements Named.Constant {
    @Name(zh = "待审核", en = "Pending") PENDING,
    @Name(zh = "已准予", en = "Approved") APPROVED,
    @Name(zh = "不予准予", en = "Refused") REFUSED;
}
