package cn.kjj.platform.contract;

import cn.kjj.platform.common.Named;
import cn.kjj.platform.common.Names;

/** What a change application asks (decision 0034); CORRECTION is an objection's re-核定, never applied for. */
public enum ContractChangeKind implements Named.Constant {
    CHANGE("变更登记", "Change"),
    CANCEL("注销登记", "Cancellation"),
    CORRECTION("异议更正", "Correction on objection");

    private final Names names;

    ContractChangeKind(String nameZh, String nameEn) {
        this.names = new Names(nameZh, nameEn);
    }

    @Override
    public Names names() {
        return names;
    }
}
