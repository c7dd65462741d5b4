package cn.kjj.platform.contract;

/**
 * Where a registration adds a contract to the contract-turnover roll-up, an approved change moves its
 * amounts and a revocation or cancellation takes it out again, inside the same transaction. The indicators keep the roll-up (their
 * {@code TurnoverLedger} extends this); the contract feature only knows this much of it.
 */
public interface TurnoverRollup {

    /** Moves the contract's amounts into ({@code sign} +1) or out of ({@code sign} -1) the roll-up. */
    void add(RegisteredContract contract, int sign);

    /**
     * Moves only the amounts (either may be negative) into the month of {@code contract.registeredOn()},
     * counting no contract: an approved change or re-核定 on its decision date (decision 0034).
     */
    void addAmounts(RegisteredContract contract);
}
