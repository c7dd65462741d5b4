package cn.kjj.platform.contract;

import cn.kjj.platform.audit.AuditLog;
import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.common.ConflictException;
import cn.kjj.platform.common.InvalidInputException;
import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.common.WorkingCalendarSource;
import cn.kjj.platform.contract.ContractStateMachine.Transition;
import cn.kjj.platform.enterprise.Enterprise;
import cn.kjj.platform.enterprise.EnterpriseRepository;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Filing and deciding technology contracts (技术合同认定登记). Every change writes the contract,
 * its history entry and an audit event in one transaction; a stale {@code expectedVersion}
 * is 412 and a lost race on the same contract is an optimistic-locking failure (409).
 */
@Service
public class ContractService {

    private final TechnologyContractRepository contracts;
    private final ContractHistoryRepository history;
    private final EnterpriseRepository enterprises;
    private final ContractAccess access;
    private final RegistrationNumberSource numbers;
    private final WorkingCalendarSource calendars;
    private final ContractRules rules;
    private final ContractQueries queries;
    private final AuditLog audit;
    private final ContractSteps steps;
    private final Clock clock;

    ContractService(TechnologyContractRepository contracts, ContractHistoryRepository history,
                    EnterpriseRepository enterprises, ContractAccess access, RegistrationNumberSource numbers,
                    WorkingCalendarSource calendars, ContractRules rules, ContractQueries queries, AuditLog audit,
                    ContractSteps steps, Clock clock) {
        this.contracts = contracts;
        this.history = history;
        this.enterprises = enterprises;
        this.access = access;
        this.numbers = numbers;
        this.calendars = calendars;
        this.rules = rules;
        this.queries = queries;
        this.audit = audit;
        this.steps = steps;
        this.clock = clock;
    }

    /** Files a new contract, as a draft or submitted at once. */
    @Transactional
    public ContractView create(AccountPrincipal actor, NewContract request) {
        Enterprise seller = sellerFor(actor, request.sellerId());
        Instant now = clock.instant();
        ContractSeller party = ContractSeller.of(seller);
        AbroadSeller.requireOnlyByBuyer(request.byBuyer(), request.seller());
        TechnologyContract contract = request.byBuyer()
                ? TechnologyContract.draftAsBuyer(party, asBuyer(seller), request.seller(), request.terms(), actor.id(),
                        now)
                : TechnologyContract.draft(party, request.terms(), actor.id(), now);
        rejectDuplicate(contract);
        ContractActor owner = ContractActor.owner(actor.id(), actor.displayName());
        ContractSteps.AuditState filed = ContractSteps.AuditState.of(contract, null);
        // filed and submitted in one insert (decision 0052): the same two steps in its history and audit
        // trail, the same version, but no update of the row just written
        Transition submitted = null;
        if (request.submit()) {
            submitted = submitNow(contract, owner, now);
            contract.countStepBeforeInsert();
        }
        try {
            contract = contracts.saveAndFlush(contract);
        } catch (DataIntegrityViolationException e) {
            throw duplicateOr(e);
        }
        List<ContractHistoryEntry> written = new ArrayList<>(2);
        written.add(history.save(ContractHistoryEntry.created(contract.getId(), ContractStatus.DRAFT, owner, now)));
        audit.record("contract.create", "contract", contract.getId(), contract.getSellerRegionCode(), null, filed);
        if (submitted != null) {
            written.add(steps.recordStep(contract, submitted, owner, now, null));
        }
        // answered from what was just written: nothing to read back (decision 0024)
        return queries.viewOfNew(actor, contract, written);
    }

    /** Replaces the terms of a draft or a returned contract. */
    @Transactional
    public ContractView update(AccountPrincipal actor, long id, ContractTerms terms, Long expectedVersion) {
        return update(actor, id, terms, null, expectedVersion);
    }

    /**
     * Replaces the terms of a draft or a returned contract and, for one its buyer registers, the seller
     * abroad when {@code abroadSeller} names one (null keeps it). A seller abroad on a contract its
     * seller registers is 400.
     */
    @Transactional
    public ContractView update(AccountPrincipal actor, long id, ContractTerms terms, AbroadSeller abroadSeller,
                               Long expectedVersion) {
        TechnologyContract contract = load(actor, id, expectedVersion);
        access.requireOwner(actor, contract);
        AbroadSeller.requireOnlyByBuyer(contract.getFilerRole() == FilerRole.BUYER, abroadSeller);
        Enterprise seller = enterprises.findById(contract.getSellerId()).orElseThrow();
        ContractTerms before = contract.getTerms();
        contract.updateTerms(ContractSeller.of(seller), terms, abroadSeller, clock.instant());
        try {
            // the duplicate query flushes the changed terms first, so the index may already refuse them
            rejectDuplicate(contract);
            contracts.saveAndFlush(contract);
        } catch (DataIntegrityViolationException e) {
            throw duplicateOr(e);
        }
        audit.record("contract.update", "contract", id, contract.getSellerRegionCode(), before, contract.getTerms());
        return queries.view(actor, contract);
    }

    @Transactional
    public ContractView submit(AccountPrincipal actor, long id, Long expectedVersion) {
        TechnologyContract contract = load(actor, id, expectedVersion);
        ContractActor owner = access.requireOwner(actor, contract);
        Instant now = clock.instant();
        steps.apply(contract, submitNow(contract, owner, now), owner, now);
        return queries.view(actor, contract);
    }

    /** Registers with the office's decision (认定), or records the first of two reviews of a large contract. */
    @Transactional
    public ContractView register(AccountPrincipal actor, long id, RegistrationDecision decision, Long expectedVersion) {
        TechnologyContract contract = load(actor, id, expectedVersion);
        ContractActor official = access.requireReviewer(actor, contract);
        Instant now = clock.instant();
        ContractSteps.Decided before = ContractSteps.Decided.of(contract);
        Transition transition = contract.register(official, decision == null ? RegistrationDecision.AS_FILED : decision,
                now, numbers);
        steps.apply(contract, transition, official, now, before);
        return queries.view(actor, contract);
    }

    /** Registers as filed (no change by the office). */
    @Transactional
    public ContractView register(AccountPrincipal actor, long id, Long expectedVersion) {
        return register(actor, id, RegistrationDecision.AS_FILED, expectedVersion);
    }

    /** Returns for correction (补正); the reason is required, the ground optional. */
    @Transactional
    public ContractView returnForCorrection(AccountPrincipal actor, long id, DecisionGround ground, Long expectedVersion) {
        TechnologyContract contract = load(actor, id, expectedVersion);
        ContractActor official = access.requireReviewer(actor, contract);
        Instant now = clock.instant();
        steps.apply(contract, contract.returnForCorrection(official, ground, now), official, now);
        return queries.view(actor, contract);
    }

    /** Returns for correction (补正) without a ground code. */
    @Transactional
    public ContractView returnForCorrection(AccountPrincipal actor, long id, String reason, Long expectedVersion) {
        return returnForCorrection(actor, id, new DecisionGround(null, reason), expectedVersion);
    }

    /** Refuses registration (不予登记); the ground is required, its text for OTHER. */
    @Transactional
    public ContractView reject(AccountPrincipal actor, long id, DecisionGround ground, Long expectedVersion) {
        TechnologyContract contract = load(actor, id, expectedVersion);
        ContractActor official = access.requireReviewer(actor, contract);
        Instant now = clock.instant();
        steps.apply(contract, contract.reject(official, ground, now), official, now);
        return queries.view(actor, contract);
    }

    /** Withdraws a registration; the number is never given again. */
    @Transactional
    public ContractView revoke(AccountPrincipal actor, long id, String reason, Long expectedVersion) {
        TechnologyContract contract = load(actor, id, expectedVersion);
        ContractActor official = access.requireReviewer(actor, contract);
        Instant now = clock.instant();
        steps.apply(contract, contract.revoke(official, reason, now), official, now);
        return queries.view(actor, contract);
    }

    private TechnologyContract load(AccountPrincipal actor, long id, Long expectedVersion) {
        TechnologyContract contract = contracts.findById(id).orElseThrow(() -> NotFoundException.of("contract", id));
        access.requireReadable(actor, contract);
        if (expectedVersion != null) {
            contract.requireVersion(expectedVersion);
        }
        return contract;
    }

    private Enterprise sellerFor(AccountPrincipal actor, Long requestedSellerId) {
        if (actor.has(Role.ENTERPRISE)) {
            if (requestedSellerId != null && !requestedSellerId.equals(actor.enterpriseId())) {
                throw InvalidInputException.forField("sellerId", "error.contract.sellerIsOwnEnterprise",
                        "an enterprise files contracts for itself only");
            }
            return enterprises.findById(actor.enterpriseId())
                    .orElseThrow(() -> NotFoundException.of("enterprise", actor.enterpriseId()));
        }
        if (!actor.has(Role.OFFICIAL) && !actor.has(Role.ADMIN)) {
            throw new AccessDeniedToRecordException("error.contract.fileForbidden",
                    "only an enterprise or an official may file a contract");
        }
        if (requestedSellerId == null) {
            throw InvalidInputException.forField("sellerId", "error.field.required",
                    "an official filing for an enterprise must name it");
        }
        Enterprise seller = enterprises.findById(requestedSellerId)
                .filter(e -> access.mayActFor(actor, e.getRegionCode()))
                .orElseThrow(() -> InvalidInputException.forField("sellerId", "error.enterprise.unknown",
                        "no enterprise " + requestedSellerId + " in your region"));
        return seller;
    }

    /** The filer as the buyer of a contract it registers as the buyer: its registry entry, in China. */
    private static Buyer asBuyer(Enterprise filer) {
        return new Buyer(filer.getName(), filer.getCreditCode(), filer.getRegionCode(), Buyer.CHINA,
                PartyNature.valueOf(filer.getNature().name()));
    }

    /** Starts the clock under the office's rule profile of today, which the contract keeps. */
    private Transition submitNow(TechnologyContract contract, ContractActor owner, Instant now) {
        return contract.submit(owner, now, calendars.current(), rules.profileOf(contract.getSellerRegionCode()));
    }

    private void rejectDuplicate(TechnologyContract c) {
        String buyerCode = c.getBuyer().creditCode();
        if (buyerCode != null && contracts.existsDuplicate(c.getSellerId(), buyerCode, c.getSignedOn(),
                c.getContractAmount(), c.getId() == null ? -1L : c.getId())) {
            throw duplicate();
        }
    }

    private static RuntimeException duplicateOr(DataIntegrityViolationException e) {
        String message = String.valueOf(e.getMostSpecificCause().getMessage());
        return message.contains("technology_contract_duplicate_key") ? duplicate() : e;
    }

    private static ConflictException duplicate() {
        return new ConflictException("error.contract.duplicate",
                "a contract with the same seller, buyer, signing date and amount is already filed");
    }
}
