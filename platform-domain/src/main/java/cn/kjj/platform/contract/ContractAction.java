package cn.kjj.platform.contract;

import cn.kjj.platform.common.Named;
import cn.kjj.platform.common.Names;

/** What someone asks to do with a contract; each is decided by {@link ContractStateMachine}. */
public enum ContractAction implements Named.Constant {
    SUBMIT(ActorKind.OWNER, false, "提交", "submit"),
    REGISTER(ActorKind.OFFICIAL, false, "登记", "register"),
    RETURN(ActorKind.OFFICIAL, true, "退回补正", "return for correction"),
    REJECT(ActorKind.OFFICIAL, true, "不予登记", "refuse"),
    REVOKE(ActorKind.OFFICIAL, true, "撤销登记", "revoke"),
    /** 注销登记: taken only by approving a cancellation, never offered as a button of its own. */
    CANCEL(ActorKind.OFFICIAL, true, "注销登记", "cancel");

    private final ActorKind performedBy;
    private final boolean reasonRequired;
    private final Names names;

    ContractAction(ActorKind performedBy, boolean reasonRequired, String nameZh, String nameEn) {
        this.performedBy = performedBy;
        this.reasonRequired = reasonRequired;
        this.names = new Names(nameZh, nameEn);
    }

    @Override
    public Names names() {
        return names;
    }

    public ActorKind performedBy() {
        return performedBy;
    }

    public boolean reasonRequired() {
        return reasonRequired;
    }
}
