package cn.kjj.platform.enterprise;

import cn.kjj.platform.audit.ChangeHistory;
import cn.kjj.platform.identity.AccountPrincipal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The enterprise page: its record, its certificates with their status, the history of changes
 * (not for analysts), and the sections other features add (its latest technology contracts, the
 * R&D platforms it hosts, the program awards it received; see {@link EnterprisePageSection}).
 */
@Controller
class EnterprisePageController {

    static final String VIEW_DETAIL = "enterprise/detail";

    private final EnterpriseQueries queries;
    private final List<EnterprisePageSection> sections;
    private final ChangeHistory history;

    EnterprisePageController(EnterpriseQueries queries, List<EnterprisePageSection> sections,
                             ChangeHistory history) {
        this.queries = queries;
        this.sections = sections;
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
        sections.forEach(section -> section.addTo(model, me, enterprise));
        if (queries.canReadHistory(me, id)) {
            List<ChangeHistory.Entry> entries = new ArrayList<>(
                    history.of(queries.history(me, id), EnterpriseQueries.HISTORY_FIELDS));
            Collections.reverse(entries);
            model.addAttribute("history", entries);
        }
        return VIEW_DETAIL;
    }
}
