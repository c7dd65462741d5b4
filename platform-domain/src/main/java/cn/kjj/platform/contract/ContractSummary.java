package cn.kjj.platform.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A contract as a row of a list or queue.
 *
 * @param latestReason the reason of the newest step that has one (the last return, refusal or
 *                     revocation), or null; never who gave it
 * @param taxRelief    for a registered contract, the relief it qualifies for; else null
 */
public record ContractSummary(
        Long id, String title, ContractType type, ContractSubtype subtype, TechnologyField technologyField,
        String buyerName, LocalDate signedOn, BigDecimal contractAmount, BigDecimal techTransactionAmount,
        ContractStatus status, String registrationNo, LocalDate registeredOn,
        Long sellerId, String sellerName, String sellerRegionCode,
        Instant submittedAt, LocalDate dueOn, boolean overdue, boolean needsTwoOfficials, long version,
        String latestReason, BigDecimal declaredTechTransactionAmount, IpType ipType, RefusalReason reasonCode,
        TaxRelief taxRelief) {
}
