package cn.kjj.platform.program;

import cn.kjj.platform.identity.AccountPrincipal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One step of a voucher (table {@code innovation_voucher_history}): who, when, from and to, the money, a note. */
@Entity
@Immutable
@Table(name = "innovation_voucher_history")
public class VoucherHistoryEntry extends StepEntry<VoucherAction, VoucherStatus> {

    @Column(name = "voucher_id", nullable = false, updatable = false)
    private Long voucherId;

    @Column(name = "amount", precision = 18, scale = 2, updatable = false)
    private BigDecimal amount;

    @Column(name = "note", length = 2000, updatable = false)
    private String note;

    protected VoucherHistoryEntry() {
        // for JPA
    }

    VoucherHistoryEntry(long voucherId, AccountPrincipal actor, Instant at, VoucherAction action, VoucherStatus from,
                        VoucherStatus to, BigDecimal amount, String note) {
        super(actor, at, action, from, to);
        this.voucherId = voucherId;
        this.amount = amount;
        this.note = note;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getNote() {
        return note;
    }
}
