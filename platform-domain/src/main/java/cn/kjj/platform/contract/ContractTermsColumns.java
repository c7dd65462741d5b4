package cn.kjj.platform.contract;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The columns of {@code technology_contract} that hold the agreed {@link ContractTerms}, kept
 * apart from the workflow columns of {@link TechnologyContract}. A mapped superclass rather
 * than an embeddable so that queries keep flat paths ({@code signedOn}, {@code contractAmount}).
 */
@MappedSuperclass
public abstract class ContractTermsColumns {

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 30)
    private ContractType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "subtype", length = 30)
    private ContractSubtype subtype;

    @Enumerated(EnumType.STRING)
    @Column(name = "technology_field", nullable = false, length = 40)
    private TechnologyField technologyField;

    @Column(name = "buyer_name", nullable = false, length = 200)
    private String buyerName;

    @Column(name = "buyer_credit_code", length = 18)
    private String buyerCreditCode;

    @Column(name = "buyer_region_code", length = 6)
    private String buyerRegionCode;

    @Column(name = "buyer_country", nullable = false, length = 2)
    private String buyerCountry;

    @Column(name = "signed_on", nullable = false)
    private LocalDate signedOn;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to", nullable = false)
    private LocalDate validTo;

    /** 合同成交额: the whole contract value. */
    @Column(name = "contract_amount", nullable = false, precision = 18, scale = 2)
    private BigDecimal contractAmount;

    /** 技术交易额: the contract value less non-technical costs. */
    @Column(name = "tech_transaction_amount", nullable = false, precision = 18, scale = 2)
    private BigDecimal techTransactionAmount;

    /** What the applicant declared; {@link #techTransactionAmount} is the office's 核定 amount once decided. */
    @Column(name = "declared_tech_transaction_amount", nullable = false, precision = 18, scale = 2)
    private BigDecimal declaredTechTransactionAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "buyer_nature", nullable = false, length = 30)
    private PartyNature buyerNature;

    @Enumerated(EnumType.STRING)
    @Column(name = "ip_type", nullable = false, length = 20)
    private IpType ipType;

    @Enumerated(EnumType.STRING)
    @Column(name = "plan_source", nullable = false, length = 12)
    private PlanSource planSource;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_method", nullable = false, length = 12)
    private PaymentMethod paymentMethod;

    protected ContractTermsColumns() {
    }

    /** @param terms already {@link ContractTerms#validated validated} */
    protected void writeTerms(ContractTerms terms) {
        title = terms.title();
        type = terms.type();
        subtype = terms.subtype();
        technologyField = terms.technologyField();
        buyerName = terms.buyer().name();
        buyerCreditCode = terms.buyer().creditCode();
        buyerRegionCode = terms.buyer().regionCode();
        buyerCountry = terms.buyer().country();
        signedOn = terms.signedOn();
        validFrom = terms.validFrom();
        validTo = terms.validTo();
        contractAmount = terms.contractAmount();
        techTransactionAmount = terms.techTransactionAmount();
        declaredTechTransactionAmount = terms.techTransactionAmount();
        buyerNature = terms.buyer().natureOrDefault();
        ipType = terms.details().ipType();
        planSource = terms.details().planSource();
        paymentMethod = terms.details().paymentMethod();
    }

    /**
     * The office's decision (认定): the 核定 technology transaction amount and the type and subtype
     * it found, already checked by {@link RegistrationDecision#applyTo}. The declared amount stays.
     */
    protected void writeDecision(BigDecimal decidedAmount, ContractType decidedType, ContractSubtype decidedSubtype) {
        techTransactionAmount = decidedAmount;
        type = decidedType;
        subtype = decidedSubtype;
    }

    /**
     * An approved change (变更登记) or an objection's re-核定 (decision 0034): the new figures and term,
     * already checked by {@link ContractChanges#checked}. The declared amount stays as declared.
     */
    protected void writeChange(BigDecimal newContractAmount, BigDecimal newTechAmount, LocalDate newValidTo) {
        contractAmount = newContractAmount;
        techTransactionAmount = newTechAmount;
        validTo = newValidTo;
    }

    public ContractTerms getTerms() {
        return new ContractTerms(title, type, subtype, technologyField, getBuyer(), signedOn, validFrom, validTo,
                contractAmount, declaredTechTransactionAmount, getDetails());
    }

    public Buyer getBuyer() {
        return new Buyer(buyerName, buyerCreditCode, buyerRegionCode, buyerCountry, buyerNature);
    }

    public FilingDetails getDetails() {
        return new FilingDetails(ipType, planSource, paymentMethod);
    }

    public BigDecimal getDeclaredTechTransactionAmount() {
        return declaredTechTransactionAmount;
    }

    public String getTitle() {
        return title;
    }

    public ContractType getType() {
        return type;
    }

    public ContractSubtype getSubtype() {
        return subtype;
    }

    public TechnologyField getTechnologyField() {
        return technologyField;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public BigDecimal getContractAmount() {
        return contractAmount;
    }

    public BigDecimal getTechTransactionAmount() {
        return techTransactionAmount;
    }
}
