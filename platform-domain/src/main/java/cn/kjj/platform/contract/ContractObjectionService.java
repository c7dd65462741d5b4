package cn.kjj.platform.contract;

import cn.kjj.platform.audit.AuditLog;
import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.common.ConflictException;
import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.common.InvalidInputException;
import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.enterprise.Enterprise;
import cn.kjj.platform.enterprise.EnterpriseRepository;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Objections (异议) to registrations (decision 0034): a party (the seller, or the buyer's enterprise
 * by its credit code) or an official of another office raises one by the registration number; the
 * registering office confirms the registration or corrects it (re-核定 of the technology transaction
 * amount from the decision date on, or cancellation). History and audit at every step.
 */
@Service
public class ContractObjectionService {

    static final String REGISTRATION_NO_FIELD = "registrationNo";
    static final String CANCEL_FIELD = "cancel";

    private final TechnologyContractRepository contracts;
    private final ContractObjectionRepository objections;
    private final ContractChangeRepository changes;
    private final ContractHistoryRepository history;
    private final EnterpriseRepository enterprises;
    private final ContractAccess access;
    private final ContractSteps steps;
    private final ContractChangeService changeSteps;
    private final AuditLog audit;
    private final Clock clock;

    ContractObjectionService(TechnologyContractRepository contracts, ContractObjectionRepository objections,
                             ContractChangeRepository changes, ContractHistoryRepository history,
                             EnterpriseRepository enterprises, ContractAccess access, ContractSteps steps,
                             ContractChangeService changeSteps, AuditLog audit, Clock clock) {
        this.contracts = contracts;
        this.objections = objections;
        this.changes = changes;
        this.history = history;
        this.enterprises = enterprises;
        this.access = access;
        this.steps = steps;
        this.changeSteps = changeSteps;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Raises an objection. A registration number that is unknown, or whose contract the caller is no
     * party to, is the same 404; the registering office itself reviews, it does not object (403).
     */
    @Transactional
    public ObjectionView raise(AccountPrincipal actor, String registrationNo, String reason) {
        if (!actor.has(Role.ENTERPRISE) && !actor.has(Role.OFFICIAL) || actor.has(Role.ADMIN)) {
            // administrators decide for every office: they review objections, they do not raise them
            throw forbidden();
        }
        FieldErrors errors = new FieldErrors();
        String number = errors.text(REGISTRATION_NO_FIELD, registrationNo, 16, true);
        String checkedReason = errors.text(ContractStateMachine.REASON_FIELD, reason,
                ContractStateMachine.MAX_REASON_LENGTH, true);
        errors.throwIfAny();
        TechnologyContract contract = contracts.findByRegistrationNo(number).orElseThrow(() -> unknown(number));
        ContractObjection.RaisedAs raisedAs = capacity(actor, contract);
        if (contract.getStatus() != ContractStatus.REGISTERED) {
            throw new ConflictException("error.contract.objection.notRegistered",
                    "only a registration in force can be objected to; this one is " + contract.getStatus(),
                    contract.getStatus());
        }
        Instant now = clock.instant();
        ContractObjection objection = objections.saveAndFlush(ContractObjection.raised(contract.getId(), raisedAs,
                checkedReason, actor.id(), actor.displayName(), now));
        ContractActor objector = new ContractActor(ActorKind.OWNER, actor.id(), actor.displayName());
        history.save(ContractHistoryEntry.noted(contract.getId(), contract.getStatus(), objector, now,
                "异议：" + checkedReason, null));
        audit.record("contract.objection.raise", "contract_objection", objection.getId(),
                contract.getSellerRegionCode(), null, view(objection, contract, true));
        return view(objection, contract, true);
    }

    /** The registering office confirms the registration as it stands; a note says why. */
    @Transactional
    public ObjectionView confirm(AccountPrincipal actor, long contractId, long objectionId, String note) {
        TechnologyContract contract = changeSteps.readable(actor, contractId);
        ContractActor official = access.requireReviewer(actor, contract);
        ContractObjection objection = load(contractId, objectionId);
        String checkedNote = ContractChangeService.note(note, true);
        Instant now = clock.instant();
        objection.confirm(official, checkedNote, now);
        objections.saveAndFlush(objection);
        history.save(ContractHistoryEntry.noted(contractId, contract.getStatus(), official, now,
                "异议复核，维持登记：" + checkedNote, null));
        audit.record("contract.objection.confirm", "contract_objection", objectionId, contract.getSellerRegionCode(),
                ObjectionStatus.OPEN, view(objection, contract, true));
        return view(objection, contract, true);
    }

    /** The registering office corrects: a new 核定 amount from today on, or the registration cancelled. */
    @Transactional
    public ObjectionView correct(AccountPrincipal actor, long contractId, long objectionId,
                                 ObjectionCorrection correction) {
        TechnologyContract contract = changeSteps.readable(actor, contractId);
        ContractActor official = access.requireReviewer(actor, contract);
        ContractObjection objection = load(contractId, objectionId);
        boolean cancel = Boolean.TRUE.equals(correction.cancel());
        if (cancel == (correction.techTransactionAmount() != null)) {
            throw InvalidInputException.forField(ContractChanges.TECH_AMOUNT, "error.contract.objection.correction",
                    "a correction either decides a new technology transaction amount or cancels the registration");
        }
        String note = ContractChangeService.note(correction.note(), true);
        if (objection.getStatus() != ObjectionStatus.OPEN) {
            throw new ConflictException("error.contract.objection.decided",
                    "objection " + objectionId + " is already " + objection.getStatus(), objection.getStatus());
        }
        ContractChangeKind kind = cancel ? ContractChangeKind.CANCEL : ContractChangeKind.CORRECTION;
        ContractChangeService.requireRegistered(contract, kind);
        Instant now = clock.instant();
        String reason = "异议更正：" + objection.getReason();
        ContractChanges.Figures figures = new ContractChanges.Figures(null, correction.techTransactionAmount(), null);
        ContractChange change = ContractChange.onObjection(contractId, objectionId, kind,
                ContractChangeService.withNote(reason, null), cancel ? new ContractChanges.Figures(null, null, null)
                        : ContractChanges.wellFormed(figures), official, now);
        if (cancel) {
            change.approve(official, note, null, null, now);
            changes.saveAndFlush(change);
            steps.apply(contract, contract.cancel(official, ContractChangeService.withNote(reason, note), now),
                    official, now);
        } else {
            changeSteps.applyFigures(contract, change, official, note, now);
        }
        objection.correct(official, cancel ? ContractObjection.Outcome.CANCELLED : ContractObjection.Outcome.REDECIDED,
                note, now);
        objections.saveAndFlush(objection);
        audit.record("contract.objection.correct", "contract_objection", objectionId, contract.getSellerRegionCode(),
                ObjectionStatus.OPEN, view(objection, contract, true));
        return view(objection, contract, true);
    }

    /** The contract's objections, oldest first, for its readers. */
    @Transactional(readOnly = true)
    public List<ObjectionView> list(AccountPrincipal actor, long contractId) {
        TechnologyContract contract = changeSteps.readable(actor, contractId);
        boolean names = ContractChangeService.withNames(actor);
        return objections.findByContractIdOrderByRaisedAtAscIdAsc(contractId).stream()
                .map(o -> view(o, contract, names)).toList();
    }

    /** A party to the contract, or an official of another office; 404 for an enterprise that is neither. */
    private ContractObjection.RaisedAs capacity(AccountPrincipal actor, TechnologyContract contract) {
        if (actor.has(Role.ENTERPRISE)) {
            if (contract.getSellerId().equals(actor.enterpriseId()) || isBuyer(actor, contract)) {
                return ContractObjection.RaisedAs.PARTY;
            }
            throw unknown(contract.getRegistrationNo());
        }
        if (access.isReviewer(actor, contract)) {
            throw new AccessDeniedToRecordException("error.contract.objection.ownOffice",
                    "the registering office reviews objections to its registrations; it does not raise them");
        }
        return ContractObjection.RaisedAs.OFFICE;
    }

    private static AccessDeniedToRecordException forbidden() {
        return new AccessDeniedToRecordException("error.contract.objection.forbidden",
                "only a party or an official of another office may object to a registration");
    }

    private boolean isBuyer(AccountPrincipal actor, TechnologyContract contract) {
        String buyer = contract.getBuyer().creditCode();
        return buyer != null && enterprises.findById(actor.enterpriseId()).map(Enterprise::getCreditCode)
                .filter(code -> Objects.equals(code, buyer)).isPresent();
    }

    private static NotFoundException unknown(String registrationNo) {
        return new NotFoundException("error.contract.objection.unknown",
                "no registration " + registrationNo + " that you may object to");
    }

    private static ObjectionView view(ContractObjection o, TechnologyContract c, boolean names) {
        return ObjectionView.of(o, c.getRegistrationNo(), names);
    }

    private ContractObjection load(long contractId, long objectionId) {
        return objections.findByIdAndContractId(objectionId, contractId)
                .orElseThrow(() -> NotFoundException.of("contractObjection", objectionId));
    }
}
