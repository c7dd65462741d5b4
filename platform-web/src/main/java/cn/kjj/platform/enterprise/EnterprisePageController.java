package cn.kjj.platform.enterprise;

import cn.kjj.platform.audit.ChangeHistory;
import cn.kjj.platform.common.InvalidInputException.FieldError;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.portal.FormErrors;
import cn.kjj.platform.portal.PortalMessages;
import cn.kjj.platform.portal.RegistryList;
import cn.kjj.platform.region.RegionDirectory;
import cn.kjj.platform.region.RegionLevel;
import cn.kjj.platform.region.RegionScope;
import cn.kjj.platform.region.RegionView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The enterprise pages. The list: search, region and high-tech filters, sortable columns, pages
 * ({@link RegistryList}); values it does not understand are ignored rather than refused, so that a
 * hand-edited address still shows a list. An enterprise: its record, its certificates with their
 * status, the history of changes (not for analysts), and the sections other features add (its
 * latest technology contracts, the R&D platforms it hosts, the program awards it received; see
 * {@link EnterprisePageSection}). Entering ({@code /enterprises/new}) and correcting
 * ({@code /enterprises/{id}/edit}) one: the service's rules decide; a form with mistakes comes back
 * as typed, with a message beside each field in the reader's language.
 */
@Controller
record EnterprisePageController(EnterpriseService service, EnterpriseQueries queries, EnterpriseAccess access,
                                RegionDirectory regions, RegionScope scope, PortalMessages messages,
                                List<EnterprisePageSection> sections, ChangeHistory history) {

    static final String PATH = "/enterprises";
    static final String VIEW_LIST = "enterprise/list";
    static final String VIEW_DETAIL = "enterprise/detail";
    static final String VIEW_FORM = "enterprise/form";
    static final Set<String> SORTABLE = Set.of("name", "creditCode", "regionCode", "industry", "foundedOn",
            "employees");

    @GetMapping(PATH)
    String list(@AuthenticationPrincipal AccountPrincipal me, HttpServletRequest request, Model model) {
        RegistryList list = RegistryList.of(request, SORTABLE, Sort.Order.asc("name")).withOrderInPageLinks();
        String region = scope.known(list.param("region"));
        String highTech = list.param("highTech");
        EnterpriseFilter filter = new EnterpriseFilter(region, list.param("q"),
                "true".equals(highTech) ? Boolean.TRUE : "false".equals(highTech) ? Boolean.FALSE : null);
        model.addAttribute("path", PATH);
        model.addAttribute("list", list);
        model.addAttribute("query", filter);
        model.addAttribute("page", queries.search(me, filter.toQuery(), list.pageable()));
        model.addAttribute("filterIgnored", region == null && list.param("region") != null);
        model.addAttribute("regions", scope.forFilters(me));
        model.addAttribute("canCreate", access.mayCreate(me));
        return VIEW_LIST;
    }

    @GetMapping(PATH + "/{id}")
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

    @GetMapping(PATH + "/new")
    String newForm(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        RegionScope.requireWriter(me, "enterprises");
        String home = regions.find(me.regionCode()).filter(r -> r.level() == RegionLevel.DISTRICT)
                .map(RegionView::code).orElse(null);
        return form(model, me, EnterprisePageForm.blank(home), FormErrors.none(), null);
    }

    @PostMapping(PATH)
    String create(@AuthenticationPrincipal AccountPrincipal me, @ModelAttribute("form") EnterprisePageForm form,
                  Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        RegionScope.requireWriter(me, "enterprises");
        return save(me, null, form, locale, model, response, redirect);
    }

    @GetMapping(PATH + "/{id}/edit")
    String editForm(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
        EnterpriseView enterprise = queries.editable(me, id);
        return form(model, me, EnterprisePageForm.of(enterprise), FormErrors.none(), enterprise);
    }

    @PostMapping(PATH + "/{id}/edit")
    String update(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                  @ModelAttribute("form") EnterprisePageForm form, Locale locale, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        return save(me, queries.editable(me, id), form, locale, model, response, redirect);
    }

    /** Saving the form; with mistakes in the reading, the domain's rules still name every other one. */
    private String save(AccountPrincipal me, EnterpriseView existing, EnterprisePageForm form, Locale locale,
                        Model model, HttpServletResponse response, RedirectAttributes redirect) {
        List<FieldError> problems = new ArrayList<>();
        EnterpriseDetails details = form.toDetails(problems);
        return messages.submission(problems, EnterprisePageForm.FIELDS, locale, response)
                .checking(details::validated)
                .placing("error.enterprise.creditCode.duplicate", "creditCode")
                .staleText("enterprise.form.stale")
                .save(() -> {
                    EnterpriseView saved = existing == null ? service.create(me, details)
                            : service.update(me, existing.id(), details, form.version());
                    redirect.addFlashAttribute("notice", messages.text(existing == null ? "enterprise.flash.created"
                            : "enterprise.flash.saved", locale, saved.name()));
                    return "redirect:/enterprises/" + saved.id();
                }, errors -> form(model, me, form, errors, existing));
    }

    private String form(Model model, AccountPrincipal me, EnterprisePageForm form, FormErrors errors,
                        EnterpriseView enterprise) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("enterprise", enterprise);
        model.addAttribute("natures", OrganisationNature.values());
        model.addAttribute("districts", districtsFor(me, form.regionCode()));
        return VIEW_FORM;
    }

    /** The codes of the districts the actor may register enterprises in, and the one typed if it is none of them. */
    private List<String> districtsFor(AccountPrincipal me, String typed) {
        List<String> codes = new ArrayList<>(scope.forForms(me).stream()
                .filter(r -> r.level() == RegionLevel.DISTRICT)
                .map(RegionView::code)
                .toList());
        if (typed != null && !typed.isBlank() && !codes.contains(typed)) {
            codes.add(typed);
        }
        return codes;
    }
}
