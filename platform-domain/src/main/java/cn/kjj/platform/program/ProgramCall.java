package cn.kjj.platform.program;

import cn.kjj.platform.common.ConflictException;
import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.common.Money;
import cn.kjj.platform.common.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A call for applications on a program (申报指南, table {@code program_call}): open from
 * {@code opensOn} to {@code closesOn}, with a budget that what it approves never passes (the
 * schema's {@code program_call_within_budget} holds the same rule).
 */
@Entity
@Table(name = "program_call")
public class ProgramCall extends VersionedEntity {

    static final int MAX_DOCUMENTS = 20;
    static final int MAX_DOCUMENT_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "program_id", nullable = false, updatable = false)
    private Long programId;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Column(name = "budget", nullable = false, precision = 18, scale = 2)
    private BigDecimal budget;

    @Column(name = "approved_total", nullable = false, precision = 18, scale = 2)
    private BigDecimal approvedTotal = BigDecimal.ZERO.setScale(Money.SCALE);

    @Enumerated(EnumType.STRING)
    @Column(name = "eligibility", nullable = false, length = 20)
    private CallEligibility eligibility;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "required_documents", nullable = false, columnDefinition = "varchar(100)[]")
    private String[] requiredDocuments;

    @Column(name = "guidelines", length = 4000)
    private String guidelines;

    /** An open competition's prize (揭榜奖金), reserved in the call's budget until a winner is named. */
    @Column(name = "prize", precision = 18, scale = 2)
    private BigDecimal prize;

    @Column(name = "winner_application_id")
    private Long winnerApplicationId;
    /** When its office closed it before its window ended, else null (decision 0042). */
    @Column(name = "closed_at")
    private Instant closedAt;

    protected ProgramCall() {
        // for JPA
    }

    /**
     * A call checked field by field, every broken rule at once (400); a prize only on an open competition
     * ({@code competition}) and within the budget.
     */
    ProgramCall(Long programId, boolean competition, NewCall call, Instant now) {
        super(now);
        FieldErrors errors = new FieldErrors();
        String checkedTitle = errors.text("title", call.title(), 300, true);
        LocalDate opens = errors.date("opensOn", errors.required("opensOn", call.opensOn()));
        LocalDate closes = errors.date("closesOn", errors.required("closesOn", call.closesOn()));
        if (opens != null && closes != null && closes.isBefore(opens)) {
            errors.add("closesOn", "error.programCall.window", "must not be before opensOn");
        }
        BigDecimal yuan = errors.required("budget", call.budget()) == null ? null
                : errors.check(() -> Money.requirePositive(call.budget(), "budget"));
        CallEligibility checkedEligibility = call.eligibility() == null ? CallEligibility.ANY
                : errors.constant("eligibility", CallEligibility.class, call.eligibility(), false,
                "error.programCall.eligibility");
        List<String> documents = documents(errors, call.requiredDocuments());
        String checkedGuidelines = errors.text("guidelines", call.guidelines(), 4000, false);
        BigDecimal checkedPrize = prize(errors, competition, call.prize(), yuan);
        errors.throwIfAny();
        this.programId = programId;
        this.title = checkedTitle;
        this.opensOn = opens;
        this.closesOn = closes;
        this.budget = yuan;
        this.eligibility = checkedEligibility == null ? CallEligibility.ANY : checkedEligibility;
        this.requiredDocuments = documents.toArray(String[]::new);
        this.guidelines = checkedGuidelines;
        this.prize = checkedPrize;
    }

    private static BigDecimal prize(FieldErrors errors, boolean competition, BigDecimal given, BigDecimal budget) {
        if (given == null) {
            return null;
        }
        if (!competition) {
            errors.add("prize", "error.programCall.prizeNotCompetition",
                    "only a call of an open competition (OPEN_COMPETITION) has a prize");
            return null;
        }
        BigDecimal yuan = errors.check(() -> Money.requirePositive(given, "prize"));
        if (yuan != null && budget != null && yuan.compareTo(budget) > 0) {
            errors.add("prize", "error.programCall.prizeAboveBudget",
                    "must not exceed the call's budget of " + budget.toPlainString() + " yuan");
        }
        return yuan;
    }

    private static List<String> documents(FieldErrors errors, List<String> given) {
        LinkedHashSet<String> documents = new LinkedHashSet<>();
        for (String document : given == null ? List.<String>of() : given) {
            String name = errors.text("requiredDocuments", document, MAX_DOCUMENT_LENGTH, true);
            if (name != null) {
                documents.add(name);
            }
        }
        if (documents.size() > MAX_DOCUMENTS) {
            errors.add("requiredDocuments", "error.programCall.tooManyDocuments",
                    "at most " + MAX_DOCUMENTS + " documents");
        }
        return new ArrayList<>(documents);
    }

    /** Whether applications may be submitted on {@code day}: within the window and not closed by the office. */
    public boolean isOpenOn(LocalDate day) {
        return closedAt == null && !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    /**
     * The office closes the call now: no more applications, those already in go on.
     *
     * @throws ConflictException {@code error.programCall.alreadyClosed} when it is closed already (by the
     *                           office or because its window ended before {@code today})
     */
    void close(LocalDate today, Instant now) {
        if (closedAt != null || today.isAfter(closesOn)) {
            throw new ConflictException("error.programCall.alreadyClosed", "the call is closed already", title);
        }
        this.closedAt = now;
        touch(now);
    }

    /**
     * Adds {@code amount} to what the call approved.
     *
     * @throws ConflictException {@code error.programCall.budgetExceeded} beyond the call's budget
     */
    void approve(BigDecimal amount, Instant now) {
        BigDecimal remaining = remainingBudget();
        if (amount.compareTo(remaining) > 0) {
            throw new ConflictException("error.programCall.budgetExceeded",
                    "approving " + amount.toPlainString() + " yuan exceeds the call's remaining budget of "
                            + remaining.toPlainString() + " yuan", id, amount, remaining);
        }
        this.approvedTotal = approvedTotal.add(amount);
        touch(now);
    }

    /** The budget less what was approved and, until a winner is named, the prize reserved. */
    public BigDecimal remainingBudget() {
        return budget.subtract(approvedTotal).subtract(reservedPrize());
    }

    private BigDecimal reservedPrize() {
        return prize == null || winnerApplicationId != null ? BigDecimal.ZERO : prize;
    }

    /** Gives back the unpaid rest of a dropped team's approval. */
    void release(BigDecimal amount, Instant now) {
        this.approvedTotal = approvedTotal.subtract(amount);
        touch(now);
    }

    /**
     * Names the winner: the reserved prize becomes part of what the call approved.
     *
     * @throws ConflictException {@code error.programCompetition.noPrize} for a call without a prize,
     *                           {@code error.programCompetition.decided} once a winner is named
     */
    BigDecimal grantPrize(long applicationId, Instant now) {
        if (prize == null) {
            throw new ConflictException("error.programCompetition.noPrize", "the call has no prize", id);
        }
        if (winnerApplicationId != null) {
            throw new ConflictException("error.programCompetition.decided",
                    "the winner is already application " + winnerApplicationId, id, winnerApplicationId);
        }
        this.winnerApplicationId = applicationId;
        this.approvedTotal = approvedTotal.add(prize);
        touch(now);
        return prize;
    }

    @Override
    protected String entityName() {
        return "programCall";
    }

    @Override
    public Long getId() {
        return id;
    }

    public Long getProgramId() {
        return programId;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public BigDecimal getApprovedTotal() {
        return approvedTotal;
    }

    public CallEligibility getEligibility() {
        return eligibility;
    }

    public List<String> getRequiredDocuments() {
        return List.of(requiredDocuments);
    }

    public String getGuidelines() {
        return guidelines;
    }

    public BigDecimal getPrize() {
        return prize;
    }

    public Long getWinnerApplicationId() {
        return winnerApplicationId;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
