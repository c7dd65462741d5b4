package cn.kjj.platform.contract;

/**
 * In which capacity someone acts on a contract. The caller decides: the owning enterprise's
 * users, and the official who entered the contract on its behalf, act as {@link #OWNER} when
 * submitting; officials in scope act as {@link #OFFICIAL} when deciding.
 */
public enum ActorKind {
    OWNER,
    OFFICIAL
}
