package cn.kjj.platform.contract;

import cn.kjj.platform.account.AccountPrincipal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The review queue: contracts awaiting a decision (submitted, or waiting for a second official),
 * earliest due date first. {@link ContractFilter} takes one status, so "either awaiting status"
 * is two searches merged by due date; each reads the rows up to the end of the asked page.
 */
@Component
class ContractPageQueue {

    static final Sort BY_DUE_DATE = Sort.by(Sort.Order.asc("dueOn"), Sort.Order.asc("id"));

    private static final Comparator<ContractSummary> DUE_FIRST = Comparator
            .comparing(ContractSummary::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ContractSummary::id);

    private final ContractQueries queries;

    ContractPageQueue(ContractQueries queries) {
        this.queries = queries;
    }

    /** The page {@code number} of the queue; {@code filter}'s status, when set, must be an awaiting one. */
    Page<ContractSummary> page(AccountPrincipal reader, ContractFilter filter, int number, int size) {
        if (filter.status() != null) {
            return queries.search(reader, filter, PageRequest.of(number, size, BY_DUE_DATE));
        }
        PageRequest upToThisPage = PageRequest.of(0, (number + 1) * size, BY_DUE_DATE);
        Page<ContractSummary> submitted = queries.search(reader, filter.withStatus(ContractStatus.SUBMITTED),
                upToThisPage);
        Page<ContractSummary> second = queries.search(reader,
                filter.withStatus(ContractStatus.PENDING_SECOND_REVIEW), upToThisPage);
        List<ContractSummary> merged = new ArrayList<>(submitted.getContent());
        merged.addAll(second.getContent());
        merged.sort(DUE_FIRST);
        int from = Math.min(number * size, merged.size());
        int to = Math.min(from + size, merged.size());
        return new PageImpl<>(merged.subList(from, to), PageRequest.of(number, size, BY_DUE_DATE),
                submitted.getTotalElements() + second.getTotalElements());
    }
}
