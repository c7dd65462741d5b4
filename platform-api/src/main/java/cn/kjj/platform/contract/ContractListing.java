package cn.kjj.platform.contract;

import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.common.PageQuery;
import cn.kjj.platform.region.RegionDirectory;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The list's filters and order, the same for JSON and CSV. Without {@code sort}, a queue (a
 * filter on statuses that all await a decision, or {@code overdue=true}) is ordered by due date, the
 * most urgent first; any other list shows the newest contracts first.
 */
@Component
record ContractListing(RegionDirectory regions) {

    static final Set<String> SORTABLE = Set.of("dueOn", "signedOn", "registeredOn", "contractAmount", "submittedAt",
            "id");
    static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "id");
    static final Sort QUEUE_ORDER = Sort.by("dueOn", "id");

    /** The filter, or a 400 naming every parameter that is wrong. */
    ContractFilter filter(ContractListParameters parameters) {
        FieldErrors errors = new FieldErrors();
        ContractFilter filter = parameters.toFilter();
        if (filter.region() != null && regions.find(filter.region()).isEmpty()) {
            errors.add("region", "error.region.unknown", "no such region code");
        }
        reversed(errors, "signedTo", filter.signedFrom(), filter.signedTo());
        reversed(errors, "registeredTo", filter.registeredFrom(), filter.registeredTo());
        if (filter.q() != null && filter.q().length() > ContractListParameters.MAX_QUERY_LENGTH) {
            errors.add("q", "error.field.tooLong",
                    "must be at most " + ContractListParameters.MAX_QUERY_LENGTH + " characters");
        }
        errors.throwIfAny();
        return filter;
    }

    Pageable pageable(PageQuery page, ContractFilter filter) {
        return page.toPageable(defaultSort(filter), SORTABLE);
    }

    static Sort defaultSort(ContractFilter filter) {
        boolean queue = Boolean.TRUE.equals(filter.overdue()) || filter.awaitingOnly();
        return queue ? QUEUE_ORDER : NEWEST_FIRST;
    }

    private static void reversed(FieldErrors errors, String field, LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            errors.add(field, "error.dateRange.reversed", "must not be before the start of the range");
        }
    }
}
