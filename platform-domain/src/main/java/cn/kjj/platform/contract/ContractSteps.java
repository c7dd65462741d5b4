package cn.kjj.platform.contract;

import cn.kjj.platform.audit.AuditLog;
import cn.kjj.platform.contract.ContractStateMachine.Transition;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What follows every step of a contract's workflow, whichever service decided it (filing and review in
 * {@link ContractService}, an approved cancellation in {@link ContractChangeService}, one on an objection in
 * {@link ContractObjectionService}): the contract saved, the turnover roll-ups moved, a pending application lapsed
 * when the registration ends, the history entry, the audit event and the {@link ContractTransitioned} event, in the
 * caller's transaction.
 */
@Component
class ContractSteps {

    private static final Logger log = LoggerFactory.getLogger(ContractSteps.class);

    /** The note on an application that ended with its registration. */
    static final String LAPSED_NOTE = "登记已终止，申请随之终结 (the registration ended; the application lapsed)";

    private final TechnologyContractRepository contracts;
    private final ContractHistoryRepository history;
    private final AuditLog audit;
    private final ContractTurnover turnover;
    private final ContractChangeRepository changes;
    private final ApplicationEventPublisher events;

    ContractSteps(TechnologyContractRepository contracts, ContractHistoryRepository history, AuditLog audit,
                  ContractTurnover turnover, ContractChangeRepository changes, ApplicationEventPublisher events) {
        this.contracts = contracts;
        this.history = history;
        this.audit = audit;
        this.turnover = turnover;
        this.changes = changes;
        this.events = events;
    }

    /** Saves a step, moves the roll-up, writes its history and audit: also the cancellation of an approved application. */
    ContractHistoryEntry apply(TechnologyContract contract, Transition transition, ContractActor actor, Instant now) {
        return apply(contract, transition, actor, now, null);
    }

    /** @param decidedBefore at a registering step: type, subtype and amount before the office's decision */
    ContractHistoryEntry apply(TechnologyContract contract, Transition transition, ContractActor actor, Instant now,
                               Decided decidedBefore) {
        contracts.saveAndFlush(contract);
        moveTurnover(contract, transition);
        if (transition.from() == ContractStatus.REGISTERED && transition.to() != ContractStatus.REGISTERED) {
            lapsePendingChanges(contract, actor, now);
        }
        return recordStep(contract, transition, actor, now, decidedBefore);
    }

    /** The history entry, audit event, event and log line of a step already written to the contract's row. */
    ContractHistoryEntry recordStep(TechnologyContract contract, Transition transition, ContractActor actor, Instant now,
                                    Decided decidedBefore) {
        ContractHistoryEntry step = history.save(ContractHistoryEntry.of(contract.getId(), transition, actor, now,
                contract.getReasonCode(), transition.action() == ContractAction.REGISTER
                        ? contract.getTechTransactionAmount() : null));
        audit.record("contract." + transition.action().name().toLowerCase(), "contract", contract.getId(),
                contract.getSellerRegionCode(),
                new AuditState(transition.from(), null, null, contract.getVersion() - 1, decidedBefore),
                AuditState.of(contract, decidedBefore == null ? null : Decided.of(contract)));
        events.publishEvent(new ContractTransitioned(contract.getId(), transition.action(), transition.from(),
                transition.to()));
        log.info("Contract {} {}: {} -> {} by account {}", contract.getId(), transition.action(), transition.from(),
                transition.to(), actor.accountId());
        return step;
    }

    /**
     * A registration that ends (revoked, or cancelled on an objection) takes its pending change or
     * cancellation application with it: refused by the same official, with a note saying why, so that
     * nobody can later approve figures for a contract that is no longer registered (decision 0034).
     */
    private void lapsePendingChanges(TechnologyContract contract, ContractActor official, Instant now) {
        for (ContractChange pending : changes.findByContractIdAndStatus(contract.getId(), ContractChangeStatus.PENDING)) {
            pending.refuse(official, null, LAPSED_NOTE, now);
            changes.saveAndFlush(pending);
            audit.record("contract.change.lapse", "contract_change", pending.getId(), contract.getSellerRegionCode(),
                    ContractChangeStatus.PENDING, ContractChangeView.of(pending, true));
        }
    }

    /** Registration puts the contract into the turnover roll-up, revocation and cancellation take it out: same transaction. */
    private void moveTurnover(TechnologyContract contract, Transition transition) {
        if (transition.to() == ContractStatus.REGISTERED) {
            turnover.registered(contract);
        } else if (transition.from() == ContractStatus.REGISTERED) {
            turnover.withdrawn(contract);
        }
    }

    /** What the audit trail keeps of an office's decision (认定): type, subtype and the 核定 amount. */
    record Decided(ContractType type, ContractSubtype subtype, BigDecimal techTransactionAmount) {
        static Decided of(TechnologyContract c) {
            return new Decided(c.getType(), c.getSubtype(), c.getTechTransactionAmount());
        }
    }

    /** What the audit trail keeps of a contract's state. */
    record AuditState(ContractStatus status, String registrationNo, LocalDate dueOn, long version, Decided decision) {
        static AuditState of(TechnologyContract c, Decided decision) {
            return new AuditState(c.getStatus(), c.getRegistrationNo(), c.getDueOn(), c.getVersion(), decision);
        }
    }
}
