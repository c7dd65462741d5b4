package cn.kjj.platform.program;

import cn.kjj.platform.identity.AccountPrincipal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One step of an application (table {@code program_application_history}): who (with the name as
 * it was), when, from and to which status, why, and the money it moved. Never changed.
 */
@Entity
@Immutable
@Table(name = "program_application_history")
public class ApplicationHistoryEntry extends StepEntry<ApplicationAction, ApplicationStatus> {

    @Column(name = "application_id", nullable = false, updatable = false)
    private Long applicationId;

    @Column(name = "reason", length = 2000, updatable = false)
    private String reason;

    @Column(name = "amount", precision = 18, scale = 2, updatable = false)
    private BigDecimal amount;

    protected ApplicationHistoryEntry() {
        // for JPA
    }

    ApplicationHistoryEntry(long applicationId, AccountPrincipal actor, Instant at, ApplicationAction action,
                            ApplicationStatus from, ApplicationStatus to, String reason, BigDecimal amount) {
        super(actor, at, action, from, to);
        this.applicationId = applicationId;
        this.reason = reason;
        this.amount = amount == null || amount.signum() == 0 ? null : amount;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public String getReason() {
        return reason;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
