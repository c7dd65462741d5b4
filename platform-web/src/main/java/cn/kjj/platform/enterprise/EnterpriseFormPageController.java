package cn.kjj.platform.enterprise;

import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.common.ConflictException;
import cn.kjj.platform.common.InvalidInputException;
import cn.kjj.platform.common.InvalidInputException.FieldError;
import cn.kjj.platform.common.PreconditionFailedException;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.Role;
import cn.kjj.platform.region.RegionDirectory;
import cn.kjj.platform.region.RegionLevel;
import cn.kjj.platform.region.RegionView;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.dao.OptimisticLockingFailureException;
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
    private final EnterprisePageMessages messages;

    EnterpriseFormPageController(EnterpriseService service, EnterpriseQueries queries, EnterpriseAccess access,
                                 RegionDirectory regions, EnterprisePageMessages messages) {
        this.service = service;
        this.queries = queries;
        this.access = access;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping("/enterprises/new")
    String newForm(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        access.requireMayCreate(me);
        String home = regions.find(me.regionCode()).filter(r -> r.level() == RegionLevel.DISTRICT)
                .map(RegionView::code).orElse(null);
        return form(model, me, EnterprisePageForm.blank(home), none(), null);
    }

    @PostMapping("/enterprises")
    String create(@AuthenticationPrincipal AccountPrincipal me, @ModelAttribute("form") EnterprisePageForm form,
                  Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        access.requireMayCreate(me);
        List<FieldError> problems = new ArrayList<>();
        EnterpriseDetails details = form.toDetails(problems);
        if (problems.isEmpty()) {
            try {
                EnterpriseView created = service.create(me, details);
                redirect.addFlashAttribute("notice", messages.text("enterprise.flash.created", locale, created.name()));
                return "redirect:/enterprises/" + created.id();
            } catch (InvalidInputException e) {
                problems.addAll(e.errors());
            } catch (ConflictException e) {
                return rejected(model, me, form, e, null, locale, response);
            }
        } else {
            problems.addAll(rulesBeyond(problems, details));
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return form(model, me, form, errors(problems, locale), null);
    }

    @GetMapping("/enterprises/{id}/edit")
    String editForm(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
        EnterpriseView enterprise = editable(me, id);
        return form(model, me, EnterprisePageForm.of(enterprise), none(), enterprise);
    }

    @PostMapping("/enterprises/{id}/edit")
    String update(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                  @ModelAttribute("form") EnterprisePageForm form, Locale locale, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        EnterpriseView enterprise = editable(me, id);
        List<FieldError> problems = new ArrayList<>();
        EnterpriseDetails details = form.toDetails(problems);
        if (problems.isEmpty()) {
            try {
                EnterpriseView saved = service.update(me, id, details, form.version());
                redirect.addFlashAttribute("notice", messages.text("enterprise.flash.saved", locale, saved.name()));
                return "redirect:/enterprises/" + id;
            } catch (InvalidInputException e) {
                problems.addAll(e.errors());
            } catch (ConflictException | PreconditionFailedException e) {
                return rejected(model, me, form, e, enterprise, locale, response);
            } catch (OptimisticLockingFailureException e) {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                return form(model, me, form, none().addGeneral(messages.text("enterprise.form.stale", locale)),
                        enterprise);
            }
        } else {
            problems.addAll(rulesBeyond(problems, details));
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return form(model, me, form, errors(problems, locale), enterprise);
    }

    /** The domain's own field rules for the fields that did parse, so that every mistake shows at once. */
    private static List<FieldError> rulesBeyond(List<FieldError> parsing, EnterpriseDetails details) {
        try {
            details.validated();
            return List.of();
        } catch (InvalidInputException e) {
            return e.errors().stream()
                    .filter(rule -> parsing.stream().noneMatch(p -> p.field().equals(rule.field())))
                    .toList();
        }
    }

    private String rejected(Model model, AccountPrincipal me, EnterprisePageForm form, RuntimeException e,
                            EnterpriseView enterprise, Locale locale, HttpServletResponse response) {
        EnterprisePageFieldErrors errors = none();
        if (e instanceof ConflictException conflict && conflict.code().equals("error.enterprise.creditCode.duplicate")) {
            errors.add("creditCode", messages.of(conflict, locale));
        } else if (e instanceof PreconditionFailedException) {
            errors.addGeneral(messages.text("enterprise.form.stale", locale));
        } else {
            errors.addGeneral(messages.of((ConflictException) e, locale));
        }
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        return form(model, me, form, errors, enterprise);
    }

    private EnterpriseView editable(AccountPrincipal me, long id) {
        EnterpriseView enterprise = queries.get(me, id);
        if (!enterprise.editable()) {
            throw new AccessDeniedToRecordException("error.enterprise.writeForbidden",
                    "only an official of its region may change enterprise " + id);
        }
        return enterprise;
    }

    private String form(Model model, AccountPrincipal me, EnterprisePageForm form, EnterprisePageFieldErrors errors,
                        EnterpriseView enterprise) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("enterprise", enterprise);
        model.addAttribute("districts", districtsFor(me));
        return VIEW_FORM;
    }

    /** The districts the actor may register enterprises in. */
    private List<RegionView> districtsFor(AccountPrincipal me) {
        String scope = me.has(Role.ADMIN) || me.regionCode() == null ? null : me.regionCode();
        return regions.all().stream()
                .filter(r -> r.level() == RegionLevel.DISTRICT)
                .filter(r -> scope == null || regions.isWithin(r.code(), scope))
                .toList();
    }

    private EnterprisePageFieldErrors errors(List<FieldError> problems, Locale locale) {
        return EnterprisePageFieldErrors.of(EnterprisePageForm.FIELDS, problems, messages, locale);
    }

    private static EnterprisePageFieldErrors none() {
        return EnterprisePageFieldErrors.none(EnterprisePageForm.FIELDS);
    }
}
