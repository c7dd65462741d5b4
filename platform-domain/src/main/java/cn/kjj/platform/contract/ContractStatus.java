package cn.kjj.platform.contract;

import cn.kjj.platform.common.Name;
import cn.kjj.platform.common.Named;

/** Where a contract stands in registration; the transitions are {@link ContractStateMachine}'s. */
public enum ContractStatus implements Named.Constant {
    @Name(zh = "草稿", en = "Draft") DRAFT,
    @Name(zh = "已提交", en = "Submitted") SUBMITTED,
    @Name(zh = "待复核", en = "Pending second review") PENDING_SECOND_REVIEW,
    @Name(zh = "退回补正", en = "Returned for correction") RETURNED,
    @Name(zh = "不予登记", en = "Rejected") REJECTED,
    @Name(zh = "已登记", en = "Registered") REGISTERED,
    @Name(zh = "已撤销", en = "Revoked") REVOKED,
    /** 注销登记: an approved cancellation ended the registration (decision 0034). */
    @Name(zh = "已注销", en = "Cancelled") CANCELLED;

    /** Waiting for an official's decision: the review clock runs. */
    public boolean awaitsDecision() {
        return this == SUBMITTED || this == PENDING_SECOND_REVIEW;
    }

    /** The owner may still change the terms. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }
}
