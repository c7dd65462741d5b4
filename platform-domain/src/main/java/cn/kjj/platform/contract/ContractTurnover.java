package cn.kjj.platform.contract;

import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * How a contract's steps move the turnover roll-up, inside the step's transaction (decision 0034): a
 * registration adds it in the month of its registration; an approved change or re-核定 moves only
 * the amounts, by the difference, in the month of its decision (past periods stay as published); a
 * revocation or cancellation takes out all of it, each part where it was added.
 */
@Component
record ContractTurnover(TurnoverRollup rollup, ContractChangeRepository changes) {

    void registered(TechnologyContract contract) {
        rollup.add(at(contract, contract.getRegisteredOn(), ContractChanges.Amounts.of(contract)), 1);
    }

    void changed(TechnologyContract contract, ContractChange change) {
        rollup.addAmounts(at(contract, change.getDecidedOn(), change.delta()));
    }

    /** Takes back every approved change first, then the registration with the amounts it was registered with. */
    void withdrawn(TechnologyContract contract) {
        ContractChanges.Amounts registeredWith = ContractChanges.Amounts.of(contract);
        for (ContractChange change : changes.findApplied(contract.getId())) {
            rollup.addAmounts(at(contract, change.getDecidedOn(), change.delta().negated()));
            registeredWith = registeredWith.minus(change.delta());
        }
        rollup.add(at(contract, contract.getRegisteredOn(), registeredWith), -1);
    }

    private static RegisteredContract at(TechnologyContract contract, LocalDate day, ContractChanges.Amounts amounts) {
        return RegisteredContract.of(contract, day).withAmounts(amounts.contractAmount(),
                amounts.techTransactionAmount());
    }
}
