package cn.kjj.platform.contract;

import cn.kjj.platform.common.Named;
import cn.kjj.platform.common.Names;

/** Where a contract stands in registration; the transitions are {@link ContractStateMachine}'s. */
public enum ContractStatus implements Named.Constant {
    DRAFT("草稿", "Draft"),
    SUBMITTED("已提交", "Submitted"),
    PENDING_SECOND_REVIEW("待复核", "Pending second review"),
    RETURNED("退回补正", "Returned for correction"),
    REJECTED("不予登记", "Rejected"),
    REGISTERED("已登记", "Registered"),
    REVOKED("已撤销", "Revoked"),
    /** 注销登记: an approved cancellation ended the registration (decision 0034). */
    CANCELLED("已注销", "Cancelled");

    private final Names names;

    ContractStatus(String nameZh, String nameEn) {
        this.names = new Names(nameZh, nameEn);
    }

    @Override
    public Names names() {
        return names;
    }

    /** Waiting for an official's decision: the review clock runs. */
    public boolean awaitsDecision() {
        return this == SUBMITTED || this == PENDING_SECOND_REVIEW;
    }

    /** The owner may still change the terms. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }
}
