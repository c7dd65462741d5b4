package cn.kjj.platform.contract;

import cn.kjj.platform.common.Named;
import cn.kjj.platform.common.Names;

/** Where a change or cancellation application stands: PENDING until an official approves or refuses it. */
public enum ContractChangeStatus implements Named.Constant {
    PENDING("待审核", "Pending"),
    APPROVED("已准予", "Approved"),
    REFUSED("不予准予", "Refused");

    private final Names names;

    ContractChangeStatus(String nameZh, String nameEn) {
        this.names = new Names(nameZh, nameEn);
    }

    @Override
    public Names names() {
        return names;
    }
}
