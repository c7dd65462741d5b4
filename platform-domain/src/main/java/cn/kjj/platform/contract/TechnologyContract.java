package cn.kjj.platform.contract;

import cn.kjj.platform.common.ConflictException;
import cn.kjj.platform.common.FieldErrors;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A technology contract filed for registration (技术合同认定登记, table
 * {@code technology_contract}). Its status only moves through the behaviour methods, each of
 * which asks {@link ContractStateMachine} first and returns the {@link Transition} for the
 * history. Who the actor is for this contract (owner or not, official in scope) is the
 * service's call.
 */
@Entity
@Table(name = "technology_contract")
public class TechnologyContract extends ContractTermsColumns {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "seller_id", nullable = false, updatable = false)
    private Long sellerId;

    /** The registering office: the seller's district when the contract was created. */
    @Column(name = "seller_region_code", nullable = false, length = 6, updatable = false)
    private String sellerRegionCode;

    /** The seller's nature as filed (registration form); the statistics count it, not the registry's today. */
    @Enumerated(EnumType.STRING)
    @Column(name = "seller_nature", nullable = false, length = 30)
    private PartyNature sellerNature;

    /** Who registers: the seller, or the buyer of a technology import or a development commissioned abroad (decision 0036). */
    @Enumerated(EnumType.STRING)
    @Column(name = "filer_role", nullable = false, length = 6, updatable = false)
    private FilerRole filerRole = FilerRole.SELLER;

    @Column(name = "abroad_seller_name", length = 200)
    private String abroadSellerName;

    @Column(name = "abroad_seller_country", length = 2)
    private String abroadSellerCountry;

    @Enumerated(EnumType.STRING)
    @Column(name = "abroad_seller_nature", length = 30)
    private PartyNature abroadSellerNature;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 25)
    private ContractStatus status;

    @Column(name = "registration_no", length = 16, unique = true)
    private String registrationNo;

    @Column(name = "registered_on")
    private LocalDate registeredOn;

    /** Addresses the public verification page; drawn with the registration number (decision 0033). */
    @Column(name = "verification_token", length = 32, unique = true)
    private String verificationToken;

    /** The ground of the current return or refusal; cleared by the next submission. */
    @Enumerated(EnumType.STRING)
    @Column(name = "reason_code", length = 30)
    private RefusalReason reasonCode;

    @Column(name = "first_reviewer_id")
    private Long firstReviewerId;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "due_on")
    private LocalDate dueOn;

    /** The rules the contract is judged under: its office's profile at the latest submission. */
    @Enumerated(EnumType.STRING)
    @Column(name = "rule_profile", nullable = false, length = 20)
    private RuleProfile ruleProfile = RuleProfile.DEFAULT;

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
        contract.sellerId = seller.id();
        contract.sellerRegionCode = seller.regionCode();
        contract.sellerNature = seller.nature();
        contract.status = ContractStatus.DRAFT;
        contract.createdBy = createdBy;
        contract.createdAt = now;
        contract.writeTerms(terms.validated(ReviewClock.officeDate(now), seller.creditCode()));
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
        FieldErrors errors = new FieldErrors();
        AbroadSeller checkedSeller = AbroadSeller.validated(seller, terms.type(), terms.subtype(), errors);
        ContractTerms checked = errors.check(() -> withBuyer(terms, filerAsBuyer).validated(ReviewClock.officeDate(now),
                null));
        errors.throwIfAny();
        TechnologyContract contract = new TechnologyContract();
        contract.sellerId = filer.id();
        contract.sellerRegionCode = filer.regionCode();
        contract.filerRole = FilerRole.BUYER;
        contract.abroadSellerName = checkedSeller.name();
        contract.abroadSellerCountry = checkedSeller.country();
        contract.abroadSellerNature = checkedSeller.nature();
        contract.sellerNature = checkedSeller.nature(); // the statistics count the seller abroad (decision 0036)
        contract.status = ContractStatus.DRAFT;
        contract.createdBy = createdBy;
        contract.createdAt = now;
        contract.writeTerms(checked);
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
        if (seller.id() != sellerId) {
            throw new IllegalArgumentException("seller " + seller.id() + " does not own contract " + id);
        }
        if (!status.isEditable()) {
            throw new ConflictException("error.contract.notEditable",
                    "a contract in status " + status + " cannot be changed", status);
        }
        if (filerRole == FilerRole.BUYER) {
            FieldErrors errors = new FieldErrors();
            AbroadSeller checkedSeller = AbroadSeller.validated(abroadSeller == null ? getAbroadSeller() : abroadSeller,
                    terms.type(), terms.subtype(), errors);
            ContractTerms checked = errors.check(() -> withBuyer(terms, getBuyer())
                    .validated(ReviewClock.officeDate(now), null));
            errors.throwIfAny();
            writeTerms(checked);
            abroadSellerName = checkedSeller.name();
            abroadSellerCountry = checkedSeller.country();
            abroadSellerNature = checkedSeller.nature();
            sellerNature = checkedSeller.nature();
        } else {
            writeTerms(terms.validated(ReviewClock.officeDate(now), seller.creditCode()));
            sellerNature = seller.nature();
        }
        updatedAt = now;
    }

    private static ContractTerms withBuyer(ContractTerms t, Buyer buyer) {
        return new ContractTerms(t.title(), t.type(), t.subtype(), t.technologyField(), buyer, t.signedOn(),
                t.validFrom(), t.validTo(), t.contractAmount(), t.techTransactionAmount(), t.details());
    }

    /** (Re)starts the review clock under the default rule profile. */
    public Transition submit(ContractActor owner, Instant now, WorkingDayCalendar calendar) {
        return submit(owner, now, calendar, RuleProfile.DEFAULT);
    }

    /** (Re)starts the review clock under {@code profile}, which the contract keeps from now on. */
    public Transition submit(ContractActor owner, Instant now, WorkingDayCalendar calendar, RuleProfile profile) {
        Transition transition = decide(ContractAction.SUBMIT, owner, null);
        ruleProfile = Objects.requireNonNull(profile, "profile");
        LocalDate due = ReviewClock.dueOn(now, needsTwoOfficials(), profile, calendar);
        apply(transition, now);
        reasonCode = null;
        submittedAt = now;
        dueOn = due;
        return transition;
    }

    /** Recounts the due date of a contract awaiting a decision in a changed calendar; whether it moved. */
    public boolean followCalendar(WorkingDayCalendar calendar) {
        if (!status.awaitsDecision()) {
            return false;
        }
        LocalDate due = ReviewClock.dueOn(submittedAt, needsTwoOfficials(), ruleProfile, calendar);
        boolean moved = !due.equals(dueOn);
        dueOn = due;
        return moved;
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
        if (filerRole == FilerRole.BUYER && !AbroadSeller.buyerMayRegister(decided.type(), decided.subtype())) {
            throw InvalidInputException.forField("type", "error.contract.buyerFiling.kind",
                    "a contract its buyer registers stays a technology import or a development commissioned abroad");
        }
        writeDecision(decided.techTransactionAmount(), decided.type(), decided.subtype());
        if (transition.registers()) {
            LocalDate today = ReviewClock.officeDate(now);
            RegistrationNumber number = numbers.next(sellerRegionCode, today.getYear());
            if (number.year() != today.getYear() || !number.regionCode().equals(sellerRegionCode)) {
                throw new IllegalStateException("number " + number + " is not of " + sellerRegionCode + "/" + today.getYear());
            }
            registrationNo = number.value();
            registeredOn = today;
            verificationToken = VerificationToken.random();
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
        reasonCode = ground.code();
        dueOn = null;
        return transition;
    }

    /** Refuses registration (不予登记) on a ground, which is required. */
    public Transition reject(ContractActor official, DecisionGround ground, Instant now) {
        Transition transition = decide(ContractAction.REJECT, official, ground.text());
        ground.requireFor(ContractAction.REJECT);
        apply(transition, now);
        reasonCode = ground.code();
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

    /**
     * Large as the contract's rule profile judges it: a second official, the longer limit. Judged on
     * the amounts as filed, so that a first official's 核定 amount does not change the review
     * under way (nor its due date).
     */
    public boolean needsTwoOfficials() {
        return ruleProfile.isLarge(getContractAmount(), getDeclaredTechTransactionAmount());
    }

    /** Late only while a decision is awaited: a returned contract's clock is stopped. */
    public boolean isOverdue(LocalDate today) {
        return status.awaitsDecision() && ReviewClock.isOverdue(dueOn, today);
    }

    /** Guards a change against a stale copy ({@code If-Match}). */
    public void requireVersion(long expected) {
        if (expected != version) {
            throw new PreconditionFailedException("contract", id, expected, version);
        }
    }

    private Transition decide(ContractAction action, ContractActor actor, String reason) {
        return ContractStateMachine.decide(new State(status, needsTwoOfficials(), firstReviewerId), action, actor, reason);
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
        firstReviewerId = transition.firstReviewerId();
        updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getSellerId() {
        return sellerId;
    }

    public String getSellerRegionCode() {
        return sellerRegionCode;
    }

    public PartyNature getSellerNature() {
        return sellerNature;
    }

    public FilerRole getFilerRole() {
        return filerRole;
    }

    /** The seller abroad of a contract its buyer registers; {@code null} when the seller registers. */
    public AbroadSeller getAbroadSeller() {
        return filerRole == FilerRole.BUYER
                ? new AbroadSeller(abroadSellerName, abroadSellerCountry, abroadSellerNature) : null;
    }

    /**
     * The district whose technology output (技术输出) the contract is once registered: the
     * registering seller's; none for a contract its buyer registers (decision 0036).
     */
    public String getOutputRegionCode() {
        return filerRole == FilerRole.BUYER ? null : sellerRegionCode;
    }

    public ContractStatus getStatus() {
        return status;
    }

    public String getRegistrationNo() {
        return registrationNo;
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public RefusalReason getReasonCode() {
        return reasonCode;
    }

    public Long getFirstReviewerId() {
        return firstReviewerId;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public RuleProfile getRuleProfile() {
        return ruleProfile;
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
