package cn.kjj.platform.contract;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A contract to file ({@code POST /api/v1/contracts}); the rules are {@link ContractTerms#validated}'s. */
@Schema(description = "A technology contract to file for registration (技术合同认定登记)")
public record ContractRequest(
        @Schema(description = "Title of the contract", example = "工业视觉缺陷检测系统开发合同", maxLength = 300) String title,
        @Schema(description = "Kind of contract; see GET /api/v1/contracts/catalogue") ContractType type,
        @Schema(description = "Subtype admitted by the type; none for TECHNICAL_CONSULTING") ContractSubtype subtype,
        @Schema(description = "National technology-field category") TechnologyField technologyField,
        BuyerRequest buyer,
        @Schema(description = "Signing date, not in the future", example = "2023-01-10") LocalDate signedOn,
        @Schema(description = "First day of validity", example = "2023-01-10") LocalDate validFrom,
        @Schema(description = "Last day of validity, not before validFrom", example = "2025-12-31") LocalDate validTo,
        @Schema(description = "合同成交额: the whole contract value in yuan, more than 0, at most 2 decimals",
                example = "3600000.00") BigDecimal contractAmount,
        @Schema(description = "技术交易额: the value less non-technical costs, more than 0 and at most contractAmount",
                example = "3000000.00") BigDecimal techTransactionAmount,
        @Schema(description = "IP type of the object; NONE when left out") IpType ipType,
        @Schema(description = "Plan the work came from; NONE when left out") PlanSource planSource,
        @Schema(description = "How the price is paid; LUMP_SUM when left out") PaymentMethod paymentMethod,
        @Schema(description = "The seller, for an OFFICIAL or ADMIN filing on an enterprise's behalf; "
                + "an ENTERPRISE always files for its own enterprise") Long sellerId,
        @Schema(description = "Submit at once (the default) or keep as a DRAFT", defaultValue = "true") Boolean submit,
        @Schema(description = """
                Who registers: SELLER (the default) or BUYER. A BUYER registers only a technology import                 (TECHNOLOGY_TRANSFER or TECHNOLOGY_LICENSING) or a development commissioned abroad                 (TECHNOLOGY_DEVELOPMENT / COMMISSIONED), with the seller abroad given as seller; any other case is                 400. The filer is then the buyer (its registry entry; a buyer in the body is ignored), and the                 contract counts as the filer region's absorption (perspective=BUYER) and as no region's output.""",
                defaultValue = "SELLER") FilerRole role,
        @Schema(description = "With role BUYER: the seller abroad (no Chinese credit code)") AbroadSellerRequest seller) {

    /** The seller abroad as a request names it (role BUYER). */
    @Schema(description = "The seller abroad of a contract its buyer registers")
    record AbroadSellerRequest(
            @Schema(description = "Name of the seller", example = "Fraunhofer-Gesellschaft", maxLength = 200) String name,
            @Schema(description = "ISO 3166-1 alpha-2 country, not CN", example = "DE") String country,
            @Schema(description = "Nature of the seller; FOREIGN when left out") PartyNature nature) {
    }

    NewContract toNewContract() {
        ContractTerms terms = new ContractTerms(title, type, subtype, technologyField,
                buyer == null ? null : buyer.toBuyer(), signedOn, validFrom, validTo, contractAmount,
                techTransactionAmount, new FilingDetails(ipType, planSource, paymentMethod));
        return new NewContract(terms, sellerId, submit == null || submit, role == null ? FilerRole.SELLER : role,
                seller == null ? null : new AbroadSeller(seller.name(), seller.country(), seller.nature()));
    }
}
