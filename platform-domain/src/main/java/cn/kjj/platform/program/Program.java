package cn.kjj.platform.program;

import cn.kjj.platform.common.ConflictException;
import cn.kjj.platform.common.Money;
import cn.kjj.platform.common.VersionedEntity;
import cn.kjj.platform.registry.RegistryRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A policy program (subsidy, innovation voucher, 揭榜挂帅, talent program) with a budget; awards to
 * enterprises add up in {@code awardedTotal}, which never passes the budget. The schema's check
 * {@code program_within_budget} holds the same rule for writers that race past this class.
 */
@Entity
@Table(name = "program")
public class Program extends VersionedEntity implements RegistryRecord<ProgramDetails> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    private ProgramDetails details;

    @Column(name = "awarded_total", nullable = false, precision = 18, scale = 2)
    private BigDecimal awardedTotal = BigDecimal.ZERO.setScale(Money.SCALE);

    protected Program() {
        // for JPA
    }

    public Program(ProgramDetails details, Instant now) {
        super(now);
        apply(details.validated(), now);
    }

    /** Replaces every field, as {@code PUT} does; the budget cannot drop below what is already awarded. */
    @Override
    public void update(ProgramDetails details, Instant now) {
        ProgramDetails d = details.validated();
        if (d.budget().compareTo(awardedTotal) < 0) {
            throw new ConflictException("error.program.budgetBelowAwarded",
                    "budget " + d.budget().toPlainString() + " is below the " + awardedTotal.toPlainString()
                            + " yuan already awarded", id, d.budget(), awardedTotal);
        }
        apply(d, now);
    }

    /**
     * Adds {@code amount} (yuan, positive, at most 2 decimals) to the awarded total.
     *
     * @throws ConflictException {@code error.program.budgetExceeded} when the total would pass the budget
     */
    public void award(BigDecimal amount) {
        BigDecimal yuan = Money.requirePositive(amount, "amount");
        BigDecimal total = awardedTotal.add(yuan);
        if (total.compareTo(details.budget()) > 0) {
            throw new ConflictException("error.program.budgetExceeded",
                    "an award of " + yuan.toPlainString() + " yuan exceeds the remaining budget of "
                            + remainingBudget().toPlainString() + " yuan", id, yuan, remainingBudget());
        }
        this.awardedTotal = total;
    }

    /**
     * Awards {@code amount} to an enterprise: checks and books it on this program and returns the
     * award record to be saved in the same transaction. The program must already be saved.
     */
    public ProgramAward award(Long enterpriseId, BigDecimal amount, LocalDate awardedOn, String note, Instant now) {
        if (id == null) {
            throw new IllegalStateException("save the program before awarding from it");
        }
        ProgramAward award = new ProgramAward(id, enterpriseId, amount, awardedOn, note, now);
        award(award.getAmount());
        touch(now);
        return award;
    }

    public BigDecimal remainingBudget() {
        return details.budget().subtract(awardedTotal);
    }

    private void apply(ProgramDetails checked, Instant now) {
        this.details = checked;
        touch(now);
    }

    @Override
    public ProgramDetails getDetails() {
        return details;
    }

    @Override
    protected String entityName() {
        return "program";
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getName() {
        return details.name();
    }

    public ProgramKind getKind() {
        return details.kind();
    }

    @Override
    public String getRegionCode() {
        return details.regionCode();
    }

    public int getYear() {
        return details.year();
    }

    public BigDecimal getBudget() {
        return details.budget();
    }

    public BigDecimal getAwardedTotal() {
        return awardedTotal;
    }

    public String getDescription() {
        return details.description();
    }
}
