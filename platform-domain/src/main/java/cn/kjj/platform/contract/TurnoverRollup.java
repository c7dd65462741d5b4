package cn.kjj.platform.contract;

/**
 * Where a registration adds a contract to the contract-turnover roll-up and a revocation takes it
 * out again, inside the same transaction. The indicators keep the roll-up (their
 * {@code TurnoverLedger} extends this); the contract feature only knows this much of it.
 */
public interface TurnoverRollup {

    /** Moves the contract's amounts into ({@code sign} +1) or out of ({@code sign} -1) the roll-up. */
    void add(RegisteredContract contract, int sign);
}
