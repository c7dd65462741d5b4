package cn.kjj.platform.program;

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

/** A tranche paid to an approved project (拨付, table {@code program_disbursement}). Never changed. */
@Entity
@Immutable
@Table(name = "program_disbursement")
public class Disbursement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false, updatable = false)
    private Long applicationId;

    @Column(name = "amount", nullable = false, precision = 18, scale = 2, updatable = false)
    private BigDecimal amount;

    @Column(name = "paid_on", nullable = false, updatable = false)
    private LocalDate paidOn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Disbursement() {
        // for JPA
    }

    Disbursement(long applicationId, BigDecimal amount, LocalDate paidOn, Instant now) {
        this.applicationId = applicationId;
        this.amount = amount;
        this.paidOn = paidOn;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }
}
