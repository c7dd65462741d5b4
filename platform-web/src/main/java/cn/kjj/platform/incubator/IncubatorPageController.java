package cn.kjj.platform.incubator;

import cn.kjj.platform.account.AccountPrincipal;
import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.common.DomainException;
import cn.kjj.platform.common.InvalidInputException.FieldError;
import cn.kjj.platform.common.InvalidInputException;
import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.common.PreconditionFailedException;
import cn.kjj.platform.audit.ChangeHistory;
import cn.kjj.platform.portal.PortalErrorPages;
import cn.kjj.platform.portal.FormErrors;
import cn.kjj.platform.portal.RegistryForms;
import cn.kjj.platform.portal.RegistryHistory;
import cn.kjj.platform.portal.RegistryList;
import cn.kjj.platform.portal.RegistryRoles;
import cn.kjj.platform.region.RecognitionLevel;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The incubation carrier pages: the list with search, filters, sorting and paging; a carrier with
 * its change history; the form to register or correct one, with a message beside each wrong field.
 */
@Controller
class IncubatorPageController {

    static final String PATH = "/incubators";
    static final String VIEW_LIST = "incubator/list";
    static final String VIEW_DETAIL = "incubator/detail";
    static final String VIEW_FORM = "incubator/form";
    static final Set<String> SORTABLE = Set.of("name", "kind", "level", "regionCode", "areaSqm", "tenantCount",
            "graduatedCount", "recognizedOn");

    private final IncubatorService service;
    private final IncubatorQueries queries;
    private final RegistryRoles roles;
    private final ChangeHistory history;
    private final MessageSource messages;

    IncubatorPageController(IncubatorService service, IncubatorQueries queries, RegistryRoles roles,
                            ChangeHistory history, MessageSource messages) {
        this.service = service;
        this.queries = queries;
        this.roles = roles;
        this.history = history;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String list(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) String q,
                @RequestParam(required = false) String region, @RequestParam(required = false) IncubatorKind kind,
                @RequestParam(required = false) RecognitionLevel level, HttpServletRequest request, Model model) {
        RegistryRoles.requireReader(me);
        RegistryList list = RegistryList.of(request, SORTABLE, Sort.Order.asc("name"));
        Page<IncubatorView> page = queries.search(me, new IncubatorFilter(roles.known(region), kind, level, q),
                list.pageable());
        model.addAttribute("page", page);
        model.addAttribute("list", list);
        model.addAttribute("q", q);
        model.addAttribute("region", roles.known(region));
        model.addAttribute("kind", kind);
        model.addAttribute("level", level);
        model.addAttribute("kinds", IncubatorKind.values());
        model.addAttribute("levels", RecognitionLevel.values());
        model.addAttribute("regions", roles.readable(me));
        model.addAttribute("canCreate", RegistryRoles.isWriter(me));
        return VIEW_LIST;
    }

    @GetMapping(PATH + "/{id}")
    String detail(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
        RegistryRoles.requireReader(me);
        IncubatorView incubator = queries.get(me, id);
        model.addAttribute("incubator", incubator);
        model.addAttribute("history", incubator.editable() ? changes(me, id) : null);
        return VIEW_DETAIL;
    }

    @GetMapping(PATH + "/new")
    String newForm(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        RegistryRoles.requireWriter(me);
        return form(model, me, IncubatorPageForm.blank(me.regionCode()), FormErrors.none(), null);
    }

    @PostMapping(PATH)
    String create(@AuthenticationPrincipal AccountPrincipal me, @ModelAttribute("form") IncubatorPageForm form,
                  BindingResult binding, Locale locale, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        RegistryRoles.requireWriter(me);
        return save(me, null, form, binding, locale, model, response, redirect);
    }

    @GetMapping(PATH + "/{id}/edit")
    String editForm(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
        IncubatorView incubator = editable(me, id);
        return form(model, me, IncubatorPageForm.of(incubator), FormErrors.none(), incubator);
    }

    @PostMapping(PATH + "/{id}/edit")
    String update(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                  @ModelAttribute("form") IncubatorPageForm form, BindingResult binding, Locale locale, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        IncubatorView incubator = editable(me, id);
        return save(me, incubator, form, binding, locale, model, response, redirect);
    }

    private String save(AccountPrincipal me, IncubatorView existing, IncubatorPageForm form, BindingResult binding,
                        Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        List<FieldError> problems = new ArrayList<>(RegistryForms.bindingErrors(binding, IncubatorPageForm.DATE_FIELDS));
        IncubatorDetails details = form.toDetails(problems);
        FormErrors errors;
        try {
            if (!problems.isEmpty()) {
                details.validated();
                throw new InvalidInputException(problems);
            }
            IncubatorView saved = existing == null ? service.create(me, details)
                    : service.update(me, existing.id(), details, form.version());
            redirect.addFlashAttribute("notice", messages.getMessage("incubator.flash.saved",
                    new Object[] {saved.name()}, locale));
            return "redirect:" + PATH + "/" + saved.id();
        } catch (InvalidInputException e) {
            List<FieldError> all = RegistryForms.combine(problems, e);
            errors = FormErrors.of(all, IncubatorPageForm.FIELDS, UnaryOperator.identity(), messages, locale);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        } catch (PreconditionFailedException | OptimisticLockingFailureException e) {
            errors = FormErrors.none().addGeneral(messages.getMessage("registry.form.stale", null, locale));
            response.setStatus(HttpServletResponse.SC_CONFLICT);
        } catch (NotFoundException e) {
            throw e;
        } catch (DomainException e) {
            errors = FormErrors.none().addGeneral(messages.getMessage(e.code(), e.args(), e.getMessage(), locale));
            response.setStatus(PortalErrorPages.statusOf(e).value());
        }
        return form(model, me, form, errors, existing);
    }

    private IncubatorView editable(AccountPrincipal me, long id) {
        RegistryRoles.requireWriter(me);
        IncubatorView incubator = queries.get(me, id);
        if (!incubator.editable()) {
            throw new AccessDeniedToRecordException("error.registry.readOnly", "incubator " + id + " is not yours to edit");
        }
        return incubator;
    }

    private String form(Model model, AccountPrincipal me, IncubatorPageForm form, FormErrors errors,
                        IncubatorView existing) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("incubator", existing);
        model.addAttribute("kinds", IncubatorKind.values());
        model.addAttribute("levels", RecognitionLevel.values());
        model.addAttribute("regions", roles.writable(me));
        return VIEW_FORM;
    }

    /** The change history, newest first; only for those who may edit (it names people). */
    private List<ChangeHistory.Entry> changes(AccountPrincipal me, long id) {
        return RegistryHistory.newestFirst(history.of(queries.history(me, id), IncubatorQueries.HISTORY_FIELDS));
    }
}
