package cn.kjj.platform.contract;

import java.time.LocalDate;

/**
 * What a contract list is narrowed to; every field is optional. The caller's scope (own
 * enterprise, own region) is applied on top and cannot be widened by {@code region}.
 *
 * @param q text in the title, the buyer's name, the seller's name or the registration number
 */
public record ContractFilter(ContractStatus status, ContractType type, String region, Long sellerId,
                             LocalDate signedFrom, LocalDate signedTo,
                             LocalDate registeredFrom, LocalDate registeredTo,
                             String q, Boolean overdue) {

    public static ContractFilter none() {
        return new ContractFilter(null, null, null, null, null, null, null, null, null, null);
    }

    public ContractFilter withStatus(ContractStatus value) {
        return new ContractFilter(value, type, region, sellerId, signedFrom, signedTo, registeredFrom, registeredTo,
                q, overdue);
    }
}
