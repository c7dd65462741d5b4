package cn.kjj.platform.contract;

import cn.kjj.platform.common.FieldErrors;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * The columns of {@code technology_contract} that say who registers the contract (the registration form's parties,
 * decisions 0031 and 0036): the registering party and its office, which never change after filing, its role (the
 * seller, or the domestic buyer of a technology import or a development commissioned abroad), the seller abroad of
 * such a contract, and the seller's nature as filed, which the statistics count. The filing checks the terms with
 * the parties ({@link #writeSellerFiling}, {@link #writeBuyerFiling}). A mapped superclass, as the terms, so that
 * queries keep flat paths ({@code sellerRegionCode}, {@code filerRole}).
 */
@MappedSuperclass
public abstract class ContractPartyColumns extends ContractTermsColumns {

    @Column(name = "seller_id", nullable = false, updatable = false)
    private Long sellerId;

    /** The registering office: the seller's district when the contract was created. */
    @Column(name = "seller_region_code", nullable = false, length = 6, updatable = false)
    private String sellerRegionCode;

    /** The seller's nature as filed (registration form); the statistics count it, not the registry's today. */
    @Enumerated(EnumType.STRING)
    @Column(name = "seller_nature", nullable = false, length = 30)
    private PartyNature sellerNature;

    /** Who registers: the seller, or the buyer of a technology import or a development commissioned abroad (decision 0036). */
    @Enumerated(EnumType.STRING)
    @Column(name = "filer_role", nullable = false, length = 6, updatable = false)
    private FilerRole filerRole = FilerRole.SELLER;

    /** The seller abroad of a contract its buyer registers; null (every column) when the seller registers. */
    @Embedded
    @AttributeOverride(name = "name", column = @Column(name = "abroad_seller_name", length = 200))
    @AttributeOverride(name = "country", column = @Column(name = "abroad_seller_country", length = 2))
    @AttributeOverride(name = "nature", column = @Column(name = "abroad_seller_nature", length = 30))
    private AbroadSeller abroadSeller;

    /** The registering party and its role, at filing: both never change afterwards. */
    void fileBy(ContractSeller filer, FilerRole role) {
        sellerId = filer.id();
        sellerRegionCode = filer.regionCode();
        filerRole = role;
    }

    /** Checks the terms of a contract its seller registers (400) and writes them with the seller's nature today. */
    void writeSellerFiling(ContractSeller seller, ContractTerms terms, Instant now) {
        writeTerms(terms.validated(ReviewClock.officeDate(now), seller.creditCode()));
        sellerNature = seller.nature();
    }

    /**
     * Checks a filing of its buyer as one (400 with every field's error: the seller abroad, the kind of contract,
     * the terms with the filer as the buyer, whatever buyer they name) and writes it.
     */
    void writeBuyerFiling(AbroadSeller seller, ContractTerms terms, Buyer filerAsBuyer, Instant now) {
        FieldErrors errors = new FieldErrors();
        AbroadSeller checkedSeller = AbroadSeller.validated(seller, terms.type(), terms.subtype(), errors);
        ContractTerms checked = errors.check(() -> withBuyer(terms, filerAsBuyer).validated(ReviewClock.officeDate(now),
                null));
        errors.throwIfAny();
        writeTerms(checked);
        abroadSeller = checkedSeller;
        sellerNature = checkedSeller.nature(); // the statistics count the seller abroad (decision 0036)
    }

    private static ContractTerms withBuyer(ContractTerms t, Buyer buyer) {
        return new ContractTerms(t.title(), t.type(), t.subtype(), t.technologyField(), buyer, t.signedOn(),
                t.validFrom(), t.validTo(), t.contractAmount(), t.techTransactionAmount(), t.details());
    }

    public Long getSellerId() {
        return sellerId;
    }

    public String getSellerRegionCode() {
        return sellerRegionCode;
    }

    public PartyNature getSellerNature() {
        return sellerNature;
    }

    public FilerRole getFilerRole() {
        return filerRole;
    }

    /** The seller abroad of a contract its buyer registers; {@code null} when the seller registers. */
    public AbroadSeller getAbroadSeller() {
        return filerRole == FilerRole.BUYER ? abroadSeller : null;
    }

    /**
     * The district whose technology output (技术输出) the contract is once registered: the
     * registering seller's; none for a contract its buyer registers (decision 0036).
     */
    public String getOutputRegionCode() {
        return filerRole == FilerRole.BUYER ? null : sellerRegionCode;
    }
}
