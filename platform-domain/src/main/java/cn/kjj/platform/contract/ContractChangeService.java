package cn.kjj.platform.contract;

import cn.kjj.platform.audit.AuditLog;
import cn.kjj.platform.common.ConflictException;
import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.common.InvalidInputException;
import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Change and cancellation of registered contracts (变更登记 / 注销登记, decision 0034): the
 * registering party applies, an official of the registering office approves or refuses. An approved
 * change applies the new figures from the decision date on (the indicators move by the difference in
 * its month); an approved cancellation ends the registration (CANCELLED), which takes it out of the
 * indicators like a revocation. One pending application per contract; every step is audited.
 */
@Service
public class ContractChangeService {

    static final String KIND_FIELD = "kind";

    private final TechnologyContractRepository contracts;
    private final ContractChangeRepository changes;
    private final ContractHistoryRepository history;
    private final ContractAccess access;
    private final ContractSteps steps;
    private final ContractTurnover turnover;
    private final AuditLog audit;
    private final Clock clock;

    ContractChangeService(TechnologyContractRepository contracts, ContractChangeRepository changes,
                          ContractHistoryRepository history, ContractAccess access, ContractSteps steps,
                          ContractTurnover turnover, AuditLog audit, Clock clock) {
        this.contracts = contracts;
        this.changes = changes;
        this.history = history;
        this.access = access;
        this.steps = steps;
        this.turnover = turnover;
        this.audit = audit;
        this.clock = clock;
    }

    /** The registering party applies: 400 for bad input, 409 unless registered or while another is pending. */
    @Transactional
    public ContractChangeView apply(AccountPrincipal actor, long contractId, ChangeApplication request) {
        TechnologyContract contract = readable(actor, contractId);
        ContractActor applicant = access.requireOwner(actor, contract);
        FieldErrors errors = new FieldErrors();
        ContractChangeKind kind = errors.constant(KIND_FIELD, ContractChangeKind.class, request.kind(), true,
                "error.contract.change.kind");
        if (kind == ContractChangeKind.CORRECTION) {
            errors.add(KIND_FIELD, "error.contract.change.kind", "must be CHANGE or CANCEL");
        }
        String reason = errors.text(ContractStateMachine.REASON_FIELD, request.reason(),
                ContractStateMachine.MAX_REASON_LENGTH, true);
        errors.throwIfAny();
        ContractChanges.Figures figures = new ContractChanges.Figures(request.contractAmount(),
                request.techTransactionAmount(), request.validTo());
        if (kind == ContractChangeKind.CANCEL && !figures.isEmpty()) {
            throw InvalidInputException.forField(ContractChanges.CONTRACT_AMOUNT, "error.contract.change.cancelFigures",
                    "a cancellation carries no new figures");
        }
        if (kind == ContractChangeKind.CHANGE) {
            if (figures.isEmpty()) {
                throw InvalidInputException.forField(ContractChanges.CONTRACT_AMOUNT, "error.contract.change.nothing",
                        "a change names a new contract amount, technology transaction amount or end of term");
            }
            figures = ContractChanges.wellFormed(figures);
            ContractChanges.checked(contract, figures);
        }
        requireRegistered(contract, kind);
        if (changes.existsByContractIdAndStatus(contractId, ContractChangeStatus.PENDING)) {
            throw pendingAlready(contractId);
        }
        ContractChange change;
        try {
            change = changes.saveAndFlush(ContractChange.applied(contractId, kind, reason, figures, applicant,
                    clock.instant()));
        } catch (DataIntegrityViolationException e) {
            // two applications at once: the schema's one-pending index decides
            throw pendingAlready(contractId);
        }
        audit.record("contract.change.apply", "contract_change", change.getId(), contract.getSellerRegionCode(), null,
                ContractChangeView.of(change, true));
        return ContractChangeView.of(change, true);
    }

    /** An official of the registering office approves: the change applies now, or the registration ends. */
    @Transactional
    public ContractChangeView approve(AccountPrincipal actor, long contractId, long changeId, String note) {
        TechnologyContract contract = readable(actor, contractId);
        ContractActor official = access.requireReviewer(actor, contract);
        ContractChange change = load(contractId, changeId);
        String checkedNote = note(note, false);
        Instant now = clock.instant();
        requirePending(change);
        requireRegistered(contract, change.getKind());
        if (change.getKind() == ContractChangeKind.CANCEL) {
            change.approve(official, checkedNote, null, null, now);
            changes.saveAndFlush(change);
            steps.apply(contract, contract.cancel(official, withNote(change.getReason(), checkedNote), now), official,
                    now);
        } else {
            applyFigures(contract, change, official, checkedNote, now);
        }
        audit.record("contract.change.approve", "contract_change", changeId, contract.getSellerRegionCode(),
                ContractChangeStatus.PENDING, ContractChangeView.of(change, true));
        return ContractChangeView.of(change, true);
    }

    /** Refuses, on a ground of the catalogue where one fits; the note is required. */
    @Transactional
    public ContractChangeView refuse(AccountPrincipal actor, long contractId, long changeId, DecisionGround ground) {
        TechnologyContract contract = readable(actor, contractId);
        ContractActor official = access.requireReviewer(actor, contract);
        ContractChange change = load(contractId, changeId);
        String checkedNote = note(ground.reason(), true);
        requirePending(change);
        change.refuse(official, ground.code(), checkedNote, clock.instant());
        changes.saveAndFlush(change);
        audit.record("contract.change.refuse", "contract_change", changeId, contract.getSellerRegionCode(),
                ContractChangeStatus.PENDING, ContractChangeView.of(change, true));
        return ContractChangeView.of(change, true);
    }

    /** The contract's applications and corrections, oldest first, for its readers. */
    @Transactional(readOnly = true)
    public List<ContractChangeView> list(AccountPrincipal actor, long contractId) {
        readable(actor, contractId);
        boolean names = withNames(actor);
        return changes.findByContractIdOrderByRequestedAtAscIdAsc(contractId).stream()
                .map(c -> ContractChangeView.of(c, names)).toList();
    }

    /** Analysts read registrations without the names of the people who acted (ContractAccess). */
    static boolean withNames(AccountPrincipal reader) {
        return !reader.has(Role.ANALYST) || reader.has(Role.OFFICIAL) || reader.has(Role.ADMIN);
    }

    /**
     * Applies the change's figures to the contract, records what it replaced, moves the roll-up by the
     * difference in the decision month and notes the step in the contract's history.
     */
    void applyFigures(TechnologyContract contract, ContractChange change, ContractActor official, String note,
                      Instant now) {
        ContractChanges.Amounts before = ContractChanges.Amounts.of(contract);
        contract.applyChange(new ContractChanges.Figures(change.getContractAmount(), change.getTechTransactionAmount(),
                change.getValidTo()), now);
        change.approve(official, note, before, ContractChanges.Amounts.of(contract), now);
        contracts.saveAndFlush(contract);
        changes.saveAndFlush(change);
        turnover.changed(contract, change);
        history.save(ContractHistoryEntry.noted(contract.getId(), contract.getStatus(), official, now,
                withNote(change.getKind().nameZh() + "：" + change.getReason(), note),
                contract.getTechTransactionAmount()));
    }

    static String withNote(String reason, String note) {
        String joined = note == null ? reason : reason + "（" + note + "）";
        return joined.length() > ContractStateMachine.MAX_REASON_LENGTH
                ? joined.substring(0, ContractStateMachine.MAX_REASON_LENGTH) : joined;
    }

    static String note(String note, boolean required) {
        FieldErrors errors = new FieldErrors();
        String checked = errors.text(ContractStateMachine.REASON_FIELD, note, ContractStateMachine.MAX_REASON_LENGTH,
                required);
        errors.throwIfAny();
        return checked;
    }

    static void requireRegistered(TechnologyContract contract, ContractChangeKind kind) {
        if (contract.getStatus() != ContractStatus.REGISTERED) {
            throw new ConflictException("error.contract.transition.illegal",
                    "a contract in status " + contract.getStatus() + " cannot take action " + kind,
                    contract.getStatus(), kind);
        }
    }

    private static void requirePending(ContractChange change) {
        if (change.getStatus() != ContractChangeStatus.PENDING) {
            throw new ConflictException("error.contract.change.decided",
                    "change application " + change.getId() + " is already " + change.getStatus(), change.getStatus());
        }
    }

    private static ConflictException pendingAlready(long contractId) {
        return new ConflictException("error.contract.change.pending",
                "contract " + contractId + " already has a pending change or cancellation application");
    }

    /** The contract if the caller may read it, else 404. */
    TechnologyContract readable(AccountPrincipal actor, long contractId) {
        TechnologyContract contract = contracts.findById(contractId)
                .orElseThrow(() -> NotFoundException.of("contract", contractId));
        return access.requireReadable(actor, contract);
    }

    private ContractChange load(long contractId, long changeId) {
        return changes.findByIdAndContractId(changeId, contractId)
                .orElseThrow(() -> NotFoundException.of("contractChange", changeId));
    }
}
