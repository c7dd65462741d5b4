package cn.kjj.platform.enterprise;

import cn.kjj.platform.portal.FormErrors;
import cn.kjj.platform.portal.FormSubmission;
import cn.kjj.platform.portal.PortalMessages;
import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.common.InvalidInputException.FieldError;
import cn.kjj.platform.common.PreconditionFailedException;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.Role;
import cn.kjj.platform.region.RegionDirectory;
import cn.kjj.platform.region.RegionScope;
import cn.kjj.platform.region.RegionLevel;
import cn.kjj.platform.region.RegionView;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Entering ({@code /enterprises/new}) and correcting ({@code /enterprises/{id}/edit}) an
 * enterprise. The service's rules decide; a form with mistakes comes back as typed, with a
 * message beside each field in the reader's language.
 */
@Controller
class EnterpriseFormPageController {

    static final String VIEW_FORM = "enterprise/form";

    private final EnterpriseService service;
    private final EnterpriseQueries queries;
    private final EnterpriseAccess access;
    private final RegionDirectory regions;
    private final RegionScope scope;
    private final PortalMessages messages;

    EnterpriseFormPageController(EnterpriseService service, EnterpriseQueries queries, EnterpriseAccess access,
                                 RegionDirectory regions, RegionScope scope, PortalMessages messages) {
        this.service = service;
        this.queries = queries;
        this.access = access;
        this.regions = regions;
        this.scope = scope;
        this.messages = messages;
    }

    @GetMapping("/enterprises/new")
    String newForm(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        access.requireMayCreate(me);
        String home = regions.find(me.regionCode()).filter(r -> r.level() == RegionLevel.DISTRICT)
                .map(RegionView::code).orElse(null);
        return form(model, me, EnterprisePageForm.blank(home), FormErrors.none(), null);
    }

    @PostMapping("/enterprises")
    String create(@AuthenticationPrincipal AccountPrincipal me, @ModelAttribute("form") EnterprisePageForm form,
                  Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        access.requireMayCreate(me);
        List<FieldError> problems = new ArrayList<>();
        EnterpriseDetails details = form.toDetails(problems);
        return submission(problems, details, locale, response).save(() -> {
            EnterpriseView created = service.create(me, details);
            redirect.addFlashAttribute("notice", messages.text("enterprise.flash.created", locale, created.name()));
            return "redirect:/enterprises/" + created.id();
        }, errors -> form(model, me, form, errors, null));
    }

    @GetMapping("/enterprises/{id}/edit")
    String editForm(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
        EnterpriseView enterprise = editable(me, id);
        return form(model, me, EnterprisePageForm.of(enterprise), FormErrors.none(), enterprise);
    }

    @PostMapping("/enterprises/{id}/edit")
    String update(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                  @ModelAttribute("form") EnterprisePageForm form, Locale locale, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        EnterpriseView enterprise = editable(me, id);
        List<FieldError> problems = new ArrayList<>();
        EnterpriseDetails details = form.toDetails(problems);
        return submission(problems, details, locale, response).save(() -> {
            EnterpriseView saved = service.update(me, id, details, form.version());
            redirect.addFlashAttribute("notice", messages.text("enterprise.flash.saved", locale, saved.name()));
            return "redirect:/enterprises/" + id;
        }, errors -> form(model, me, form, errors, enterprise));
    }

    /** Saving the form; with mistakes in the reading, the domain's rules still name every other one. */
    private FormSubmission submission(List<FieldError> problems, EnterpriseDetails details, Locale locale,
                                      HttpServletResponse response) {
        return messages.submission(problems, EnterprisePageForm.FIELDS, locale, response)
                .checking(details::validated)
                .placing("error.enterprise.creditCode.duplicate", "creditCode")
                .staleText("enterprise.form.stale");
    }

    private EnterpriseView editable(AccountPrincipal me, long id) {
        EnterpriseView enterprise = queries.get(me, id);
        if (!enterprise.editable()) {
            throw new AccessDeniedToRecordException("error.enterprise.writeForbidden",
                    "only an official of its region may change enterprise " + id);
        }
        return enterprise;
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
