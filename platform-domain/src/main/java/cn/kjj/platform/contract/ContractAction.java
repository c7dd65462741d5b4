package cn.kjj.platform.contract;

import cn.kjj.platform.common.Name;
import cn.kjj.platform.common.Named;

/** What someone asks to do with a contract; each is decided by {@link ContractStateMachine}. */
public enum ContractAction implements Named.Constant {
    @Name(zh = "提交", en = "submit") SUBMIT(ActorKind.OWNER, false),
    @Name(zh = "登记", en = "register") REGISTER(ActorKind.OFFICIAL, false),
    @Name(zh = "退回补正", en = "return for correction") RETURN(ActorKind.OFFICIAL, true),
    @Name(zh = "不予登记", en = "refuse") REJECT(ActorKind.OFFICIAL, true),
    @Name(zh = "撤销登记", en = "revoke") REVOKE(ActorKind.OFFICIAL, true),
    /** 注销登记: taken only by approving a cancellation, never offered as a button of its own. */
    @Name(zh = "注销登记", en = "cancel") CANCEL(ActorKind.OFFICIAL, true);

    private final ActorKind performedBy;
    private final boolean reasonRequired;

    ContractAction(ActorKind performedBy, boolean reasonRequired) {
        this.performedBy = performedBy;
        this.reasonRequired = reasonRequired;
    }

    public ActorKind performedBy() {
        return performedBy;
    }

    public boolean reasonRequired() {
        return reasonRequired;
    }
}
