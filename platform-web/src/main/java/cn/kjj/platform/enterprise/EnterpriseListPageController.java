package cn.kjj.platform.enterprise;

import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.Role;
import cn.kjj.platform.region.RegionDirectory;
import cn.kjj.platform.region.RegionScope;
import cn.kjj.platform.region.RegionView;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The enterprise registry: search, region and high-tech filters, sortable columns, pages. */
@Controller
class EnterpriseListPageController {

    static final String PATH = "/enterprises";
    static final String VIEW_LIST = "enterprise/list";
    static final int PAGE_SIZE = 20;

    private final EnterpriseQueries queries;
    private final EnterpriseAccess access;
    private final RegionDirectory regions;
    private final RegionScope scope;

    EnterpriseListPageController(EnterpriseQueries queries, EnterpriseAccess access, RegionDirectory regions,
                                 RegionScope scope) {
        this.queries = queries;
        this.access = access;
        this.regions = regions;
        this.scope = scope;
    }

    @GetMapping(PATH)
    String list(@AuthenticationPrincipal AccountPrincipal me, EnterpriseListQuery query, Model model) {
        String region = query.regionValue();
        boolean ignored = region != null && regions.find(region).isEmpty();
        EnterpriseFilter filter = new EnterpriseFilter(ignored ? null : region, query.text(), query.highTechValue());
        Page<EnterpriseSummary> page = queries.search(me, filter, query.pageable(PAGE_SIZE));
        model.addAttribute("path", PATH);
        model.addAttribute("query", query);
        model.addAttribute("page", page);
        model.addAttribute("rows", page.getContent());
        model.addAttribute("filterIgnored", ignored);
        model.addAttribute("regions", scope.forFilters(me));
        model.addAttribute("canCreate", access.mayCreate(me));
        return VIEW_LIST;
    }
}
