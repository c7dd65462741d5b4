package cn.kjj.platform.enterprise;

import cn.kjj.platform.common.InvalidInputException;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.portal.FormErrors;
import cn.kjj.platform.portal.PortalMessages;
import cn.kjj.platform.region.RegionScope;
import cn.kjj.platform.portal.RegistryList;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The renewal pipeline (高企到期): certificates that end within the chosen number of days and
 * whose enterprise has no renewal yet, soonest first, each row leading to its enterprise.
 */
@Controller
record RenewalPipelinePageController(EnterpriseQueries queries, RegionScope scope, PortalMessages messages) {

    static final String PATH = "/certifications/expiring";
    static final String VIEW_PIPELINE = "enterprise/expiring";
    static final int PAGE_SIZE = 50;
    static final List<Integer> CHOICES = List.of(30, 60, 90, 180, 365, 730);

    @GetMapping(PATH)
    String pipeline(@AuthenticationPrincipal AccountPrincipal me,
                    @RequestParam(required = false) String withinDays,
                    @RequestParam(required = false) String region, HttpServletRequest request,
                    Locale locale, Model model, HttpServletResponse response) {
        RegionScope.requireReader(me);
        String regionCode = scope.known(region);
        RegistryList list = RegistryList.of(request, Set.of(), Sort.Order.asc("expiresOn"));
        FormErrors errors = FormErrors.none();
        Integer days = null;
        Page<ExpiringCertification> rows = Page.empty();
        try {
            days = parse(withinDays);
            rows = queries.expiring(me, regionCode, days, list.pageable(PAGE_SIZE));
        } catch (InvalidInputException e) {
            errors = messages.errors(e.errors(), List.of(RenewalWindow.FIELD), locale);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        int shown = days == null ? RenewalWindow.DEFAULT_DAYS : days;
        TreeSet<Integer> choices = new TreeSet<>(CHOICES);
        if (errors.isEmpty()) {
            choices.add(shown);
        }
        model.addAttribute("path", PATH);
        model.addAttribute("rows", rows);
        model.addAttribute("page", rows);
        model.addAttribute("list", list);
        model.addAttribute("withinDays", errors.isEmpty() ? shown : withinDays);
        model.addAttribute("choices", choices);
        model.addAttribute("errors", errors);
        model.addAttribute("region", regionCode);
        model.addAttribute("regions", scope.forFilters(me));
        model.addAttribute("canRenew", me.keepsRecords());
        return VIEW_PIPELINE;
    }

    /** The window asked for; text that is not a whole number is refused like an out-of-range one. */
    private static Integer parse(String withinDays) {
        if (withinDays == null || withinDays.isBlank()) {
            return null;
        }
        try {
            return RenewalWindow.of(Integer.valueOf(withinDays.strip())).days();
        } catch (NumberFormatException e) {
            throw InvalidInputException.forField(RenewalWindow.FIELD, "error.certification.withinDays",
                    "must be a whole number of days");
        }
    }
}
