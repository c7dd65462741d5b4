package cn.kjj.platform.contract;

import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.common.InvalidInputException;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The seller abroad of a contract its domestic buyer registers ({@link FilerRole#BUYER}): a technology
 * import or a development commissioned abroad. It has no Chinese credit code.
 *
 * @param country ISO 3166-1 alpha-2, never {@code CN}
 * @param nature  {@code null}: {@link PartyNature#FOREIGN}
 *                Embedded in {@link TechnologyContract} as its {@code abroad_seller_*} columns.
 */
@Embeddable
public record AbroadSeller(String name, String country, @Enumerated(EnumType.STRING) PartyNature nature) {

    /** The contracts a buyer may register (2024 draft art. 11; 财税〔2018〕64号); the schema's check as well. */
    private static final Set<ContractType> IMPORTS = Set.of(ContractType.TECHNOLOGY_TRANSFER,
            ContractType.TECHNOLOGY_LICENSING);
    private static final Pattern COUNTRY = Pattern.compile("^[A-Z]{2}$");

    /** Whether a buyer may register a contract of this type and subtype with a seller abroad. */
    public static boolean buyerMayRegister(ContractType type, ContractSubtype subtype) {
        return type != null && (IMPORTS.contains(type)
                || type == ContractType.TECHNOLOGY_DEVELOPMENT && subtype == ContractSubtype.COMMISSIONED);
    }

    /**
     * Checks the seller and that its buyer may register this contract; errors of the fields
     * {@code seller.*} and {@code role} go to {@code errors}. The normalised seller, or {@code null}.
     */
    /** A seller abroad is named only by a buyer registering (role BUYER); the seller registers as itself: 400. */
    static void requireOnlyByBuyer(boolean byBuyer, AbroadSeller seller) {
        if (!byBuyer && seller != null) {
            throw InvalidInputException.forField("seller", "error.contract.buyerFiling.sellerWithoutRole",
                    "a seller is named only by a buyer registering (role BUYER); the seller registers as itself");
        }
    }

    static AbroadSeller validated(AbroadSeller seller, ContractType type, ContractSubtype subtype, FieldErrors errors) {
        if (type != null && !buyerMayRegister(type, subtype)) {
            errors.add("role", "error.contract.buyerFiling.kind",
                    "a buyer registers only a technology import (transfer or licensing from abroad) "
                            + "or a development commissioned abroad; the seller registers every other contract");
        }
        if (seller == null) {
            errors.add("seller", "error.contract.buyerFiling.sellerRequired",
                    "a contract registered by its buyer names its seller abroad");
            return null;
        }
        String name = errors.text("seller.name", seller.name(), 200, true);
        String rawCountry = errors.text("seller.country", seller.country(), Integer.MAX_VALUE, true);
        String country = rawCountry == null ? null : rawCountry.toUpperCase(Locale.ROOT);
        if (country != null && !COUNTRY.matcher(country).matches()) {
            errors.add("seller.country", "error.contract.buyer.country.invalid", "must be an ISO 3166 two-letter code");
        } else if (Buyer.CHINA.equals(country)) {
            errors.add("seller.country", "error.contract.buyerFiling.sellerInChina",
                    "the seller must be abroad: a seller in China registers the contract itself");
        }
        return new AbroadSeller(name, country, seller.nature() == null ? PartyNature.FOREIGN : seller.nature());
    }
}
