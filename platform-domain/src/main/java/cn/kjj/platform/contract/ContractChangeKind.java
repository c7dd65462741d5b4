package cn.kjj.platform.contract;

import cn.kjj.platform.common.Name;
import cn.kjj.platform.common.Named;

/** What a change application asks (decision 0034); CORRECTION is an objection's re-核定, never applied for. */
public enum ContractChangeKind implements Named.Constant {
    @Name(zh = "变更登记", en = "Change") CHANGE,
    @Name(zh = "注销登记", en = "Cancellation") CANCEL,
    @Name(zh = "异议更正", en = "Correction on objection") CORRECTION;
}
