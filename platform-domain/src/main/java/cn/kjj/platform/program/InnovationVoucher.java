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

/**
 * An innovation voucher (科技创新券, table {@code innovation_voucher}, decision 0043): issued to an
 * enterprise from a program, redeemed once at a service provider for at most its amount, then paid
 * out (the amount redeemed). The stored status is ISSUED, REDEEMED or PAID; an issued voucher past
 * {@code validTo} reads as EXPIRED and cannot be redeemed. Once past its last day, what it left
 * unredeemed is released back to the program's budget (decision 0051).
 */
@Entity
@Table(name = "innovation_voucher")
public class InnovationVoucher extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "program_id", nullable = false, updatable = false)
    private Long programId;

    @Column(name = "enterprise_id", nullable = false, updatable = false)
    private Long enterpriseId;

    @Column(name = "amount", nullable = false, precision = 18, scale = 2, updatable = false)
    private BigDecimal amount;

    @Column(name = "issued_on", nullable = false, updatable = false)
    private LocalDate issuedOn;

    @Column(name = "valid_to", nullable = false, updatable = false)
    private LocalDate validTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private VoucherStatus status;

    @Column(name = "provider_name", length = 200)
    private String providerName;

    @Column(name = "provider_credit_code", length = 18)
    private String providerCreditCode;

    @Column(name = "redeemed_amount", precision = 18, scale = 2)
    private BigDecimal redeemedAmount;

    @Column(name = "redeemed_on")
    private LocalDate redeemedOn;

    @Column(name = "contract_id")
    private Long contractId;

    @Column(name = "paid_amount", precision = 18, scale = 2)
    private BigDecimal paidAmount;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    @Column(name = "released_amount", precision = 18, scale = 2)
    private BigDecimal releasedAmount;

    @Column(name = "released_on")
    private LocalDate releasedOn;

    protected InnovationVoucher() {
        // for JPA
    }

    /** A voucher issued today; 400 for a missing or non-positive amount or a last day before today. */
    InnovationVoucher(long programId, long enterpriseId, BigDecimal amount, LocalDate validTo, LocalDate today,
                      Instant now) {
        super(now);
        FieldErrors errors = new FieldErrors();
        BigDecimal yuan = errors.required("amount", amount) == null ? null
                : errors.check(() -> Money.requirePositive(amount, "amount"));
        LocalDate last = errors.date("validTo", errors.required("validTo", validTo));
        if (last != null && last.isBefore(today)) {
            errors.add("validTo", "error.voucher.validToPast", "the last day must be today or later");
        }
        errors.throwIfAny();
        this.programId = programId;
        this.enterpriseId = enterpriseId;
        this.amount = yuan;
        this.issuedOn = today;
        this.validTo = last;
        this.status = VoucherStatus.ISSUED;
    }

    /** The status as of {@code today}: an issued voucher past its last day is expired. */
    public VoucherStatus statusOn(LocalDate today) {
        return status == VoucherStatus.ISSUED && today.isAfter(validTo) ? VoucherStatus.EXPIRED : status;
    }

    /**
     * Redeems the voucher for a service of {@code checked.amount()} (already validated): 409 when it is
     * not issued or has expired, 409 {@code error.voucher.amountExceeded} beyond the voucher's amount.
     */
    VoucherStatus redeem(Redemption checked, LocalDate today, Instant now) {
        VoucherStatus from = statusOn(today);
        VoucherAction.REDEEM.requireFrom(from);
        if (checked.amount().compareTo(amount) > 0) {
            throw new ConflictException("error.voucher.amountExceeded", "a service of "
                    + checked.amount().toPlainString() + " yuan exceeds the voucher's " + amount.toPlainString(),
                    checked.amount(), amount);
        }
        this.providerName = checked.providerName();
        this.providerCreditCode = checked.providerCreditCode();
        this.redeemedAmount = checked.amount();
        this.contractId = checked.contractId();
        this.redeemedOn = today;
        this.status = VoucherStatus.REDEEMED;
        touch(now);
        return from;
    }

    /** Pays the redeemed amount out: 409 unless redeemed. */
    VoucherStatus pay(LocalDate today, Instant now) {
        VoucherStatus from = statusOn(today);
        VoucherAction.PAY.requireFrom(from);
        this.paidAmount = redeemedAmount;
        this.paidOn = today;
        this.status = VoucherStatus.PAID;
        touch(now);
        return from;
    }

    /**
     * Gives back what the voucher left unredeemed once its last day has passed (decision 0051): the whole
     * amount of an unredeemed voucher, the rest of one redeemed for less. Returns the amount released, zero
     * when there is nothing (yet) to release or it was released before.
     */
    BigDecimal releaseUnredeemed(LocalDate today, Instant now) {
        BigDecimal rest = redeemedAmount == null ? amount : amount.subtract(redeemedAmount);
        if (releasedOn != null || !today.isAfter(validTo) || rest.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        this.releasedAmount = rest;
        this.releasedOn = today;
        touch(now);
        return rest;
    }

    @Override
    protected String entityName() {
        return "voucher";
    }

    @Override
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

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public String getProviderName() {
        return providerName;
    }

    public String getProviderCreditCode() {
        return providerCreditCode;
    }

    public BigDecimal getRedeemedAmount() {
        return redeemedAmount;
    }

    public LocalDate getRedeemedOn() {
        return redeemedOn;
    }

    public Long getContractId() {
        return contractId;
    }

    public BigDecimal getPaidAmount() {
        return paidAmount;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public BigDecimal getReleasedAmount() {
        return releasedAmount;
    }

    public LocalDate getReleasedOn() {
        return releasedOn;
    }
}
