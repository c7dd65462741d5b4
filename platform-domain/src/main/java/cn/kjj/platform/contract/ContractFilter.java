package cn.kjj.platform.contract;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a contract list is narrowed to; every field is optional. The caller's scope (own
 * enterprise, own region) is applied on top and cannot be widened by {@code region}.
 *
 * @param statuses any of these statuses; empty (or null) for any status
 * @param q          text in the title, the buyer's name, the seller's name or the registration number
 * @param reasonCode the ground of the current return or refusal
 * @param vatExempt  registered and VAT-exempt ({@link TaxRelief}), or (false) not
 * @param filerRole  filed by the seller, or by the buyer (technology import, development commissioned abroad)
 */
public record ContractFilter(Set<ContractStatus> statuses, ContractType type, String region, Long sellerId,
                             LocalDate signedFrom, LocalDate signedTo,
                             LocalDate registeredFrom, LocalDate registeredTo,
                             String q, Boolean overdue, RefusalReason reasonCode, Boolean vatExempt,
                             FilerRole filerRole) {

    public ContractFilter {
        statuses = statuses == null || statuses.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(statuses));
    }

    public ContractFilter(Set<ContractStatus> statuses, ContractType type, String region, Long sellerId,
                          LocalDate signedFrom, LocalDate signedTo, LocalDate registeredFrom, LocalDate registeredTo,
                          String q, Boolean overdue) {
        this(statuses, type, region, sellerId, signedFrom, signedTo, registeredFrom, registeredTo, q, overdue, null,
                null, null);
    }

    public static ContractFilter none() {
        return new ContractFilter(null, null, null, null, null, null, null, null, null, null);
    }

    /** The same filter on any of {@code values} (empty or null: any status). */
    public ContractFilter withStatuses(Collection<ContractStatus> values) {
        Set<ContractStatus> set = values == null || values.isEmpty() ? Set.of() : EnumSet.copyOf(values);
        return new ContractFilter(set, type, region, sellerId, signedFrom, signedTo, registeredFrom, registeredTo,
                q, overdue, reasonCode, vatExempt, filerRole);
    }

    /** The same filter on one ground. */
    public ContractFilter withReasonCode(RefusalReason code) {
        return new ContractFilter(statuses, type, region, sellerId, signedFrom, signedTo, registeredFrom, registeredTo,
                q, overdue, code, vatExempt, filerRole);
    }

    /** Whether the filter names statuses and every one of them awaits a decision (a queue). */
    public boolean awaitingOnly() {
        return !statuses.isEmpty() && statuses.stream().allMatch(ContractStatus::awaitsDecision);
    }
}
