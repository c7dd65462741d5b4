package cn.kjj.platform.contract;

import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.Role;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Contract lists: {@code /contracts} (an enterprise's own contracts, an official's region, newest
 * first) and {@code /review} (the officials' queue of contracts awaiting a decision, earliest due
 * date first). Both take the same filters.
 */
@Controller
record ContractListPageController(ContractQueries queries) {

    static final String CONTRACTS = "/contracts";
    static final String REVIEW = "/review";
    static final String VIEW_LIST = "contract/list";

    static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("id"));
    static final Sort BY_DUE_DATE = Sort.by(Sort.Order.asc("dueOn"), Sort.Order.asc("id"));
    static final Set<ContractStatus> QUEUE_STATUSES = EnumSet.of(ContractStatus.SUBMITTED,
            ContractStatus.PENDING_SECOND_REVIEW);
    static final Set<ContractStatus> GROUNDED_STATUSES = EnumSet.of(ContractStatus.REJECTED, ContractStatus.RETURNED);

    @GetMapping(CONTRACTS)
    String contracts(@AuthenticationPrincipal AccountPrincipal me, @ModelAttribute("filter") ContractPageFilter filter,
                     Model model) {
        Page<ContractSummary> page = queries.search(me, filter.toFilter(),
                PageRequest.of(filter.pageNumber(), ContractPageFilter.PAGE_SIZE, NEWEST_FIRST));
        model.addAttribute("statuses", ContractStatus.values());
        model.addAttribute("groundCounts", groundCounts(me, filter));
        return list(model, me, CONTRACTS, filter, filter.hasUnreadable(), page);
    }

    @GetMapping(REVIEW)
    String review(@AuthenticationPrincipal AccountPrincipal me, @ModelAttribute("filter") ContractPageFilter filter,
                  Model model) {
        if (!me.has(Role.OFFICIAL) && !me.has(Role.ADMIN)) {
            throw new AccessDeniedToRecordException("error.contract.officialOnly",
                    "the review queue is for officials");
        }
        ContractFilter query = filter.toFilter();
        // statuses outside the queue are ignored (and the page says so); none means both awaiting ones
        boolean outsideQueue = !QUEUE_STATUSES.containsAll(query.statuses());
        if (outsideQueue || query.statuses().isEmpty()) {
            query = query.withStatuses(QUEUE_STATUSES);
        }
        Page<ContractSummary> page = queries.search(me, query,
                PageRequest.of(filter.pageNumber(), ContractPageFilter.PAGE_SIZE, BY_DUE_DATE));
        model.addAttribute("statuses", QUEUE_STATUSES.toArray(ContractStatus[]::new));
        return list(model, me, REVIEW, filter, filter.hasUnreadable() || outsideQueue, page);
    }

    /**
     * For the staff's list of refused or returned contracts: how many of them (with the other
     * filters) fall under each ground, the grounds that occur only; null for any other list.
     */
    private Map<RefusalReason, Long> groundCounts(AccountPrincipal me, ContractPageFilter filter) {
        ContractFilter query = filter.toFilter();
        if (me.has(Role.ENTERPRISE) || !GROUNDED_STATUSES.containsAll(query.statuses()) || query.statuses().isEmpty()) {
            return null;
        }
        Map<RefusalReason, Long> counts = new EnumMap<>(RefusalReason.class);
        queries.countByGround(me, query.withReasonCode(null)).forEach((ground, n) -> {
            if (n > 0) {
                counts.put(ground, n);
            }
        });
        return counts;
    }

    private String list(Model model, AccountPrincipal me, String path, ContractPageFilter filter,
                        boolean filterIgnored, Page<ContractSummary> page) {
        model.addAttribute("path", path);
        model.addAttribute("queue", REVIEW.equals(path));
        model.addAttribute("filterIgnored", filterIgnored);
        model.addAttribute("page", page);
        model.addAttribute("rows", rows(me, page.getContent()));
        model.addAttribute("types", ContractType.values());
        model.addAttribute("refusalReasons", RefusalReason.values());
        model.addAttribute("filerRoles", FilerRole.values());
        model.addAttribute("canFile", me.has(Role.ENTERPRISE));
        // officials and administrators file on an enterprise's behalf
        model.addAttribute("canCreate", me.has(Role.ENTERPRISE) || me.has(Role.OFFICIAL) || me.has(Role.ADMIN));
        return VIEW_LIST;
    }

    /**
     * Rows with the reason of a return, refusal or revocation (carried by the summary, loaded for
     * the whole page at once) and whether a second review awaits another official, which needs the
     * contract's own view: only rows pending a second review read it.
     */
    private List<ContractPageRow> rows(AccountPrincipal me, List<ContractSummary> contracts) {
        return contracts.stream().map(c -> new ContractPageRow(c, ContractPageRow.reasonOf(c),
                c.status() == ContractStatus.PENDING_SECOND_REVIEW && (me.has(Role.OFFICIAL) || me.has(Role.ADMIN))
                        && !queries.get(me, c.id()).availableActions().contains(ContractAction.REGISTER))).toList();
    }
}
