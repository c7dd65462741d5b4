package cn.kjj.platform.enterprise;

import cn.kjj.platform.audit.ChangeHistory;
import cn.kjj.platform.contract.ContractFilter;
import cn.kjj.platform.contract.ContractQueries;
import cn.kjj.platform.contract.ContractSummary;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.Role;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The enterprise page: its record, its certificates with their status, its latest technology
 * contracts, the R&D platforms it hosts, the program awards it received, and the history of
 * changes (not for analysts).
 */
@Controller
class EnterprisePageController {

    static final String VIEW_DETAIL = "enterprise/detail";
    static final int CONTRACTS_SHOWN = 10;

    private final EnterpriseQueries queries;
    private final ContractQueries contracts;
    private final ChangeHistory history;

    EnterprisePageController(EnterpriseQueries queries, ContractQueries contracts, ChangeHistory history) {
        this.queries = queries;
        this.contracts = contracts;
        this.history = history;
    }

    @GetMapping("/enterprises/{id}")
    String detail(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
        EnterpriseView enterprise = queries.get(me, id);
        List<CertificationView> certifications = queries.certifications(me, id);
        model.addAttribute("enterprise", enterprise);
        model.addAttribute("certifications", certifications);
        model.addAttribute("canRenew", enterprise.editable()
                && certifications.stream().anyMatch(c -> !c.revoked()));
        Page<ContractSummary> sold = contracts.search(me, sellerIs(id),
                PageRequest.of(0, CONTRACTS_SHOWN, Sort.by(Sort.Direction.DESC, "signedOn").and(Sort.by("id"))));
        model.addAttribute("contracts", sold);
        model.addAttribute("platforms", queries.platforms(me, id));
        // the R&D platform registry is for the bureau and analysts, not for enterprise accounts
        model.addAttribute("linkPlatforms", me.has(Role.ADMIN) || me.has(Role.OFFICIAL) || me.has(Role.ANALYST));
        model.addAttribute("awards", queries.awards(me, id));
        if (queries.canReadHistory(me, id)) {
            List<ChangeHistory.Entry> entries = new ArrayList<>(
                    history.of(queries.history(me, id), EnterpriseQueries.HISTORY_FIELDS));
            Collections.reverse(entries);
            model.addAttribute("history", entries);
        }
        return VIEW_DETAIL;
    }

    private static ContractFilter sellerIs(long enterpriseId) {
        return new ContractFilter(Set.of(), null, null, enterpriseId, null, null, null, null, null, null);
    }
}
