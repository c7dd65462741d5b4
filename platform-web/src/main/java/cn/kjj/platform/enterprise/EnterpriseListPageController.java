package cn.kjj.platform.enterprise;

import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.portal.RegistryList;
import cn.kjj.platform.region.RegionScope;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The enterprise registry: search, region and high-tech filters, sortable columns, pages
 * ({@link RegistryList}). Values the list does not understand are ignored rather than refused: a
 * hand-edited address still shows a list.
 */
@Controller
class EnterpriseListPageController {

    static final String PATH = "/enterprises";
    static final String VIEW_LIST = "enterprise/list";
    static final Set<String> SORTABLE = Set.of("name", "creditCode", "regionCode", "industry", "foundedOn",
            "employees");

    private final EnterpriseQueries queries;
    private final EnterpriseAccess access;
    private final RegionScope scope;

    EnterpriseListPageController(EnterpriseQueries queries, EnterpriseAccess access, RegionScope scope) {
        this.queries = queries;
        this.access = access;
        this.scope = scope;
    }

    @GetMapping(PATH)
    String list(@AuthenticationPrincipal AccountPrincipal me, HttpServletRequest request, Model model) {
        RegistryList list = RegistryList.of(request, SORTABLE, Sort.Order.asc("name")).withOrderInPageLinks();
        String region = scope.known(list.param("region"));
        String highTech = list.param("highTech");
        EnterpriseFilter filter = new EnterpriseFilter(region, list.param("q"),
                "true".equals(highTech) ? Boolean.TRUE : "false".equals(highTech) ? Boolean.FALSE : null);
        model.addAttribute("path", PATH);
        model.addAttribute("list", list);
        model.addAttribute("page", queries.search(me, filter.toQuery(), list.pageable()));
        model.addAttribute("filterIgnored", region == null && list.param("region") != null);
        model.addAttribute("regions", scope.forFilters(me));
        model.addAttribute("canCreate", access.mayCreate(me));
        return VIEW_LIST;
    }
}
