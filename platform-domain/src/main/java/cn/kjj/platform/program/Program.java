package cn.kjj.platform.program;

import cn.kjj.platform.common.ConflictException;
import cn.kjj.platform.common.Money;
import cn.kjj.platform.registry.RegistryEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A policy program (subsidy, innovation voucher, 揭榜挂帅, talent program) with a budget; awards to
 * enterprises add up in {@code awardedTotal}, which never passes the budget. The schema's check
 * {@code program_commitments_within_budget} holds the same rule for writers that race past this class.
 */
@Entity
@Table(name = "program")
public class Program extends RegistryEntity<ProgramDetails> {

    @Column(name = "awarded_total", nullable = false, precision = 18, scale = 2)
    private BigDecimal awardedTotal = BigDecimal.ZERO.setScale(Money.SCALE);

    /** What approved applications were granted (立项); awards and approvals share the budget. */
    @Column(name = "approved_total", nullable = false, precision = 18, scale = 2)
    private BigDecimal approvedTotal = BigDecimal.ZERO.setScale(Money.SCALE);

    /** What innovation vouchers issued from the program are worth (decision 0043); shares the budget too. */
    @Column(name = "voucher_total", nullable = false, precision = 18, scale = 2)
    private BigDecimal voucherTotal = BigDecimal.ZERO.setScale(Money.SCALE);

    /** What expired vouchers gave back, their unredeemed parts (decision 0051): no longer committed. */
    @Column(name = "voucher_released_total", nullable = false, precision = 18, scale = 2)
    private BigDecimal voucherReleasedTotal = BigDecimal.ZERO.setScale(Money.SCALE);

    protected Program() {
        // for JPA
    }

    public Program(ProgramDetails details, Instant now) {
        super(details, now);
    }

    /** Replaces every field, as {@code PUT} does; the budget cannot drop below what is already awarded. */
    @Override
    public void update(ProgramDetails details, Instant now) {
        ProgramDetails d = details.validated();
        BigDecimal committed = awardedTotal.add(approvedTotal).add(vouchersCommitted());
        if (d.budget().compareTo(committed) < 0) {
            throw new ConflictException("error.program.budgetBelowAwarded",
                    "budget " + d.budget().toPlainString() + " is below the " + committed.toPlainString()
                            + " yuan already awarded or approved", getId(), d.budget(), committed);
        }
        super.update(d, now);
    }

    /**
     * Adds {@code amount} (yuan, positive, at most 2 decimals) to the awarded total.
     *
     * @throws ConflictException {@code error.program.budgetExceeded} when the total would pass the budget
     */
    public void award(BigDecimal amount) {
        BigDecimal yuan = withinRemainingBudget(amount);
        this.awardedTotal = awardedTotal.add(yuan);
    }

    /**
     * Adds {@code amount} to what approved applications were granted.
     *
     * @throws ConflictException {@code error.program.budgetExceeded} when awards and approvals would pass the budget
     */
    void approve(BigDecimal amount, Instant now) {
        BigDecimal yuan = withinRemainingBudget(amount);
        this.approvedTotal = approvedTotal.add(yuan);
        touch(now);
    }

    /** Gives back the unpaid rest of a dropped team's approval (decision 0044). */
    void release(BigDecimal amount, Instant now) {
        this.approvedTotal = approvedTotal.subtract(amount);
        touch(now);
    }

    /**
     * Adds a voucher of {@code amount} to what the program has issued.
     *
     * @throws ConflictException {@code error.program.budgetExceeded} when awards, approvals and vouchers
     *                           would pass the budget
     */
    void issueVoucher(BigDecimal amount, Instant now) {
        BigDecimal yuan = withinRemainingBudget(amount);
        this.voucherTotal = voucherTotal.add(yuan);
        touch(now);
    }

    /** Gives back what expired vouchers left unredeemed (decision 0051): the budget no longer counts it. */
    void releaseVouchers(BigDecimal amount, Instant now) {
        this.voucherReleasedTotal = voucherReleasedTotal.add(amount);
        touch(now);
    }

    /** What vouchers hold of the budget: issued less what expired ones gave back. */
    public BigDecimal vouchersCommitted() {
        return voucherTotal.subtract(voucherReleasedTotal);
    }

    private BigDecimal withinRemainingBudget(BigDecimal amount) {
        BigDecimal yuan = Money.requirePositive(amount, "amount");
        if (yuan.compareTo(remainingBudget()) > 0) {
            throw new ConflictException("error.program.budgetExceeded",
                    "an award of " + yuan.toPlainString() + " yuan exceeds the remaining budget of "
                            + remainingBudget().toPlainString() + " yuan", getId(), yuan, remainingBudget());
        }
        return yuan;
    }

    /**
     * Awards {@code amount} to an enterprise: checks and books it on this program and returns the
     * award record to be saved in the same transaction. The program must already be saved.
     */
    public ProgramAward award(Long enterpriseId, BigDecimal amount, LocalDate awardedOn, String note, Instant now) {
        if (getId() == null) {
            throw new IllegalStateException("save the program before awarding from it");
        }
        ProgramAward award = new ProgramAward(getId(), enterpriseId, amount, awardedOn, note, now);
        award(award.getAmount());
        touch(now);
        return award;
    }

    /**
     * The budget less what is awarded, what approved applications were granted and what vouchers hold (issued
     * less what expired ones gave back).
     */
    public BigDecimal remainingBudget() {
        return getDetails().budget().subtract(awardedTotal).subtract(approvedTotal).subtract(vouchersCommitted());
    }

    public String getName() {
        return getDetails().name();
    }

    public ProgramKind getKind() {
        return getDetails().kind();
    }

    public int getYear() {
        return getDetails().year();
    }

    public BigDecimal getBudget() {
        return getDetails().budget();
    }

    public BigDecimal getAwardedTotal() {
        return awardedTotal;
    }

    public BigDecimal getApprovedTotal() {
        return approvedTotal;
    }

    public BigDecimal getVoucherTotal() {
        return voucherTotal;
    }

    public BigDecimal getVoucherReleasedTotal() {
        return voucherReleasedTotal;
    }

    public String getDescription() {
        return getDetails().description();
    }
}
