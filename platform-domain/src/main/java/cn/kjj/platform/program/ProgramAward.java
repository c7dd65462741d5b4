package cn.kjj.platform.program;

import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.common.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/**
 * Money a program granted to an enterprise (table {@code program_award}). Never changed once
 * written; made through {@link Program#award(Long, BigDecimal, LocalDate, String, Instant)} so that
 * the program's awarded total moves with it.
 */
@Entity
@Immutable
@Table(name = "program_award")
public class ProgramAward {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "program_id", nullable = false, updatable = false)
    private Long programId;

    /** An enterprise of the registry, by id: another aggregate. */
    @Column(name = "enterprise_id", nullable = false, updatable = false)
    private Long enterpriseId;

    @Column(name = "amount", nullable = false, updatable = false, precision = 18, scale = 2)
    private BigDecimal amount;

    @Column(name = "awarded_on", nullable = false, updatable = false)
    private LocalDate awardedOn;

    @Column(name = "note", length = 1000, updatable = false)
    private String note;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ProgramAward() {
        // for JPA
    }

    ProgramAward(Long programId, Long enterpriseId, BigDecimal amount, LocalDate awardedOn, String note,
                 Instant now) {
        FieldErrors errors = new FieldErrors();
        errors.date("awardedOn", awardedOn);
        errors.required("enterpriseId", enterpriseId);
        BigDecimal yuan = errors.required("amount", amount) == null ? null
                : errors.check(() -> Money.requirePositive(amount, "amount"));
        errors.required("awardedOn", awardedOn);
        String checkedNote = errors.text("note", note, 1000, false);
        errors.throwIfAny();
        this.programId = programId;
        this.enterpriseId = enterpriseId;
        this.amount = yuan;
        this.awardedOn = awardedOn;
        this.note = checkedNote;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getProgramId() {
        return programId;
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getAwardedOn() {
        return awardedOn;
    }

    public String getNote() {
        return note;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
