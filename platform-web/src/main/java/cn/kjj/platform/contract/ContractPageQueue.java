package cn.kjj.platform.contract;

import cn.kjj.platform.identity.AccountPrincipal;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The review queue: contracts awaiting a decision (submitted, or waiting for a second official),
 * earliest due date first, as one search on both awaiting statuses.
 */
@Component
class ContractPageQueue {

    static final Sort BY_DUE_DATE = Sort.by(Sort.Order.asc("dueOn"), Sort.Order.asc("id"));
    static final Set<ContractStatus> AWAITING = EnumSet.of(ContractStatus.SUBMITTED,
            ContractStatus.PENDING_SECOND_REVIEW);

    private final ContractQueries queries;

    ContractPageQueue(ContractQueries queries) {
        this.queries = queries;
    }

    /** The page {@code number} of the queue; {@code filter}'s statuses, when set, must be awaiting ones. */
    Page<ContractSummary> page(AccountPrincipal reader, ContractFilter filter, int number, int size) {
        ContractFilter queue = filter.statuses().isEmpty() ? filter.withStatuses(AWAITING) : filter;
        return queries.search(reader, queue, PageRequest.of(number, size, BY_DUE_DATE));
    }
}
