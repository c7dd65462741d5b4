package cn.kjj.platform.contract;

import cn.kjj.platform.common.WorkingDayCalendar;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The columns of {@code technology_contract} that the office writes as it reviews and registers (认定登记): the rule
 * profile and the review clock (decision 0032), the first of two reviewers, the ground of a return or refusal
 * (decision 0031), and the registration number, date and verification token (decision 0033); kept apart from the
 * filing ({@link ContractPartyColumns}, {@link ContractTermsColumns}) and from the workflow's status ({@link TechnologyContract}), which
 * decides when each is written. A mapped superclass, as the terms, so that queries keep flat paths ({@code dueOn},
 * {@code registeredOn}).
 */
@MappedSuperclass
public abstract class ContractReviewColumns extends ContractPartyColumns {

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

    @Column(name = "registration_no", length = 16, unique = true)
    private String registrationNo;

    @Column(name = "registered_on")
    private LocalDate registeredOn;

    /** Addresses the public verification page; drawn with the registration number (decision 0033). */
    @Column(name = "verification_token", length = 32, unique = true)
    private String verificationToken;

    /** (Re)starts the review clock at a submission, under {@code profile}, which the contract keeps from now on. */
    void startClock(Instant now, RuleProfile profile, WorkingDayCalendar calendar) {
        ruleProfile = Objects.requireNonNull(profile, "profile");
        LocalDate due = ReviewClock.dueOn(now, needsTwoOfficials(), profile, calendar);
        reasonCode = null;
        submittedAt = now;
        dueOn = due;
    }

    /** The due date counted again in a changed calendar; whether it moved. */
    boolean recountDueOn(WorkingDayCalendar calendar) {
        LocalDate due = ReviewClock.dueOn(submittedAt, needsTwoOfficials(), ruleProfile, calendar);
        boolean moved = !due.equals(dueOn);
        dueOn = due;
        return moved;
    }

    /** A return (the clock stops until the owner submits again) or a refusal, on its ground. */
    void recordGround(RefusalReason ground, boolean stopClock) {
        reasonCode = ground;
        if (stopClock) {
            dueOn = null;
        }
    }

    void recordFirstReviewer(Long reviewerId) {
        firstReviewerId = reviewerId;
    }

    /**
     * Numbers the registration from {@code numbers} in the office's region and year (the office's time zone), dates
     * it, and draws the verification token.
     */
    void recordRegistration(String officeRegion, Instant now, RegistrationNumberSource numbers) {
        LocalDate today = ReviewClock.officeDate(now);
        RegistrationNumber number = numbers.next(officeRegion, today.getYear());
        if (number.year() != today.getYear() || !number.regionCode().equals(officeRegion)) {
            throw new IllegalStateException("number " + number + " is not of " + officeRegion + "/" + today.getYear());
        }
        registrationNo = number.value();
        registeredOn = today;
        verificationToken = VerificationToken.random();
    }

    /**
     * Large as the contract's rule profile judges it: a second official, the longer limit. Judged on
     * the amounts as filed, so that a first official's 核定 amount does not change the review
     * under way (nor its due date).
     */
    public boolean needsTwoOfficials() {
        return ruleProfile.isLarge(getContractAmount(), getDeclaredTechTransactionAmount());
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
}
