package cn.kjj.platform.contract;

/** What someone asks to do with a contract; each is decided by {@link ContractStateMachine}. */
public enum ContractAction {
    SUBMIT(ActorKind.OWNER, false),
    REGISTER(ActorKind.OFFICIAL, false),
    RETURN(ActorKind.OFFICIAL, true),
    REJECT(ActorKind.OFFICIAL, true),
    REVOKE(ActorKind.OFFICIAL, true);

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
