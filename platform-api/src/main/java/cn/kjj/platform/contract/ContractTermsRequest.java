package cn.kjj.platform.contract;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * New terms of a draft or a returned contract ({@code PUT /api/v1/contracts/{id}}): the same
 * fields as {@link ContractRequest} without {@code sellerId}, {@code submit} and {@code role}.
 */
@Schema(description = "The terms of a contract, replacing the earlier ones (only in DRAFT or RETURNED)")
public record ContractTermsRequest(
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
        @Schema(description = "A contract its buyer registers (role BUYER): a new seller abroad; left out, the one "
                + "filed stays. Given for a contract its seller registers: 400")
        ContractRequest.AbroadSellerRequest seller) {

    ContractTerms toTerms() {
        return new ContractTerms(title, type, subtype, technologyField, buyer == null ? null : buyer.toBuyer(),
                signedOn, validFrom, validTo, contractAmount, techTransactionAmount,
                new FilingDetails(ipType, planSource, paymentMethod));
    }

    AbroadSeller toAbroadSeller() {
        return seller == null ? null : new AbroadSeller(seller.name(), seller.country(), seller.nature());
    }
}
