package cn.kjj.platform.contract;

import cn.kjj.platform.common.ConflictException;
import cn.kjj.platform.common.InvalidInputException;
import cn.kjj.platform.common.PreconditionFailedException;
import cn.kjj.platform.common.WorkingDayCalendar;
import cn.kjj.platform.contract.ContractStateMachine.State;
import cn.kjj.platform.contract.ContractStateMachine.Transition;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A technology contract filed for registration (技术合同认定登记, table
 * {@code technology_contract}). Its status only moves through the behaviour methods, each of
 * which asks {@link ContractStateMachine} first and returns the {@link Transition} for the
 * history. Who the actor is for this contract (owner or not, official in scope) is the
 * service's call. Its columns: who registers ({@link ContractPartyColumns}), the filed terms
 * ({@link ContractTermsColumns}), what the office records as it reviews and registers
 * ({@link ContractReviewColumns}), and here the status and the row's own bookkeeping.
 */
@Entity
@Table(name = "technology_contract")
public class TechnologyContract extends ContractReviewColumns {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 25)
    private ContractStatus status;

    @Column(name = "created_by", updatable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected TechnologyContract() {
        // for JPA
    }

    /** A new contract in {@link ContractStatus#DRAFT}; submitting it is a separate step. */
    public static TechnologyContract draft(ContractSeller seller, ContractTerms terms, Long createdBy, Instant now) {
        TechnologyContract contract = new TechnologyContract();
        contract.writeSellerFiling(seller, terms, now);
        contract.fileBy(seller, FilerRole.SELLER);
        contract.status = ContractStatus.DRAFT;
        contract.createdBy = createdBy;
        contract.createdAt = now;
        contract.updatedAt = now;
        return contract;
    }

    /**
     * A new contract in {@link ContractStatus#DRAFT} that its domestic buyer registers (decision 0036):
     * {@code filer} is the registering party and, as {@code filerAsBuyer}, the buyer; the seller is
     * abroad. Only a technology import or a development commissioned abroad (400 otherwise).
     */
    public static TechnologyContract draftAsBuyer(ContractSeller filer, Buyer filerAsBuyer, AbroadSeller seller,
                                                  ContractTerms terms, Long createdBy, Instant now) {
        TechnologyContract contract = new TechnologyContract();
        contract.writeBuyerFiling(seller, terms, filerAsBuyer, now);
        contract.fileBy(filer, FilerRole.BUYER);
        contract.status = ContractStatus.DRAFT;
        contract.createdBy = createdBy;
        contract.createdAt = now;
        contract.updatedAt = now;
        return contract;
    }

    /**
     * Replaces the terms; only while the owner may still change them (draft or returned). A contract
     * its buyer registers keeps its filer as the buyer, whatever the terms name, and its seller abroad
     * unless {@code abroadSeller} names a new one.
     */
    public void updateTerms(ContractSeller seller, ContractTerms terms, Instant now) {
        updateTerms(seller, terms, null, now);
    }

    /** @param abroadSeller the new seller abroad of a contract its buyer registers; null keeps the one filed */
    public void updateTerms(ContractSeller seller, ContractTerms terms, AbroadSeller abroadSeller, Instant now) {
        if (seller.id() != getSellerId()) {
            throw new IllegalArgumentException("seller " + seller.id() + " does not own contract " + id);
        }
        if (!status.isEditable()) {
            throw new ConflictException("error.contract.notEditable",
                    "a contract in status " + status + " cannot be changed", status);
        }
        if (getFilerRole() == FilerRole.BUYER) {
            writeBuyerFiling(abroadSeller == null ? getAbroadSeller() : abroadSeller, terms, getBuyer(), now);
        } else {
            writeSellerFiling(seller, terms, now);
        }
        updatedAt = now;
    }

    /** (Re)starts the review clock under the default rule profile. */
    public Transition submit(ContractActor owner, Instant now, WorkingDayCalendar calendar) {
        return submit(owner, now, calendar, RuleProfile.DEFAULT);
    }

    /** (Re)starts the review clock under {@code profile}, which the contract keeps from now on. */
    public Transition submit(ContractActor owner, Instant now, WorkingDayCalendar calendar, RuleProfile profile) {
        Transition transition = decide(ContractAction.SUBMIT, owner, null);
        startClock(now, profile, calendar);
        apply(transition, now);
        return transition;
    }

    /** Recounts the due date of a contract awaiting a decision in a changed calendar; whether it moved. */
    public boolean followCalendar(WorkingDayCalendar calendar) {
        return status.awaitsDecision() && recountDueOn(calendar);
    }

    /**
     * Registers the contract, or records the first of two reviews, with the office's decision
     * (认定: the 核定 amount, type and subtype; checked first, 400). A number is drawn from
     * {@code numbers} only when the registration completes, dated in the office's time zone.
     */
    public Transition register(ContractActor official, RegistrationDecision decision, Instant now,
                               RegistrationNumberSource numbers) {
        Transition transition = decide(ContractAction.REGISTER, official, null);
        RegistrationDecision decided = decision.resolvedFor(this);
        if (getFilerRole() == FilerRole.BUYER && !AbroadSeller.buyerMayRegister(decided.type(), decided.subtype())) {
            throw InvalidInputException.forField("type", "error.contract.buyerFiling.kind",
                    "a contract its buyer registers stays a technology import or a development commissioned abroad");
        }
        writeDecision(decided.techTransactionAmount(), decided.type(), decided.subtype());
        if (transition.registers()) {
            recordRegistration(getSellerRegionCode(), now, numbers);
        }
        apply(transition, now);
        return new Transition(transition.from(), transition.to(), transition.action(), transition.firstReviewerId(),
                decided.note());
    }

    /** Registers as filed. */
    public Transition register(ContractActor official, Instant now, RegistrationNumberSource numbers) {
        return register(official, RegistrationDecision.AS_FILED, now, numbers);
    }

    /** Returns for correction (补正): the clock stops until the owner submits again. */
    public Transition returnForCorrection(ContractActor official, String reason, Instant now) {
        return returnForCorrection(official, new DecisionGround(null, reason), now);
    }

    /** Returns for correction (补正) on a ground; the reason text is required. */
    public Transition returnForCorrection(ContractActor official, DecisionGround ground, Instant now) {
        Transition transition = decide(ContractAction.RETURN, official, ground.reason());
        ground.requireFor(ContractAction.RETURN);
        apply(transition, now);
        recordGround(ground.code(), true);
        return transition;
    }

    /** Refuses registration (不予登记) on a ground, which is required. */
    public Transition reject(ContractActor official, DecisionGround ground, Instant now) {
        Transition transition = decide(ContractAction.REJECT, official, ground.text());
        ground.requireFor(ContractAction.REJECT);
        apply(transition, now);
        recordGround(ground.code(), false);
        return transition;
    }

    /** Withdraws a registration; the number stays on the contract and is never reused. */
    public Transition revoke(ContractActor official, String reason, Instant now) {
        Transition transition = decide(ContractAction.REVOKE, official, reason);
        apply(transition, now);
        return transition;
    }

    /** Ends the registration on an approved cancellation (注销登记); the number stays and is never reused. */
    public Transition cancel(ContractActor official, String reason, Instant now) {
        Transition transition = decide(ContractAction.CANCEL, official, reason);
        apply(transition, now);
        return transition;
    }

    /**
     * Applies an approved change or an objection's re-核定 to a registered contract (decision 0034):
     * 409 unless registered, 400 for figures that break the contract's rules.
     */
    public void applyChange(ContractChanges.Figures figures, Instant now) {
        if (status != ContractStatus.REGISTERED) {
            throw new ConflictException("error.contract.transition.illegal",
                    "a contract in status " + status + " cannot be changed", status, "CHANGE");
        }
        ContractChanges.Figures checked = ContractChanges.checked(this, figures);
        writeChange(checked.contractAmount(), checked.techTransactionAmount(), checked.validTo());
        updatedAt = now;
    }

    /** Late only while a decision is awaited: a returned contract's clock is stopped. */
    public boolean isOverdue(LocalDate today) {
        return status.awaitsDecision() && ReviewClock.isOverdue(getDueOn(), today);
    }

    /** Guards a change against a stale copy ({@code If-Match}). */
    public void requireVersion(long expected) {
        if (expected != version) {
            throw new PreconditionFailedException("contract", id, expected, version);
        }
    }

    private Transition decide(ContractAction action, ContractActor actor, String reason) {
        return ContractStateMachine.decide(new State(status, needsTwoOfficials(), getFirstReviewerId()), action, actor,
                reason);
    }

    /**
     * A step taken before the contract is first written (filed and submitted in one insert, decision
     * 0052) counts as the update it would have been: the stored version is the same either way.
     */
    void countStepBeforeInsert() {
        if (id != null) {
            throw new IllegalStateException("contract " + id + " is already stored");
        }
        version++;
    }

    private void apply(Transition transition, Instant now) {
        status = Objects.requireNonNull(transition.to());
        recordFirstReviewer(transition.firstReviewerId());
        updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public ContractStatus getStatus() {
        return status;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
