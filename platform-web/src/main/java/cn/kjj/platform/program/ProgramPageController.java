package cn.kjj.platform.program;

import cn.kjj.platform.account.AccountPrincipal;
import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.common.DomainException;
import cn.kjj.platform.common.InvalidInputException.FieldError;
import cn.kjj.platform.common.InvalidInputException;
import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.common.PreconditionFailedException;
import cn.kjj.platform.portal.FormErrors;
import cn.kjj.platform.portal.RegistryForms;
import cn.kjj.platform.portal.RegistryList;
import cn.kjj.platform.portal.RegistryRoles;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
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
 * The program list (every role: programs are public calls; officials see their region's) with
 * search, filters, sorting and paging, and the form to create or change a program.
 */
@Controller
class ProgramPageController {

    static final String PATH = "/programs";
    static final String VIEW_LIST = "program/list";
    static final String VIEW_FORM = "program/form";
    static final Set<String> SORTABLE = Set.of("name", "kind", "regionCode", "year", "budget", "awardedTotal");

    private final ProgramService service;
    private final ProgramQueries queries;
    private final RegistryRoles roles;
    private final MessageSource messages;
    private final Clock clock;

    ProgramPageController(ProgramService service, ProgramQueries queries, RegistryRoles roles,
                          MessageSource messages, Clock clock) {
        this.service = service;
        this.queries = queries;
        this.roles = roles;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String list(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) String q,
                @RequestParam(required = false) String region, @RequestParam(required = false) ProgramKind kind,
                @RequestParam(required = false) String year, HttpServletRequest request, Model model) {
        RegistryList list = RegistryList.of(request, SORTABLE, Sort.Order.desc("year"));
        Integer yearValue = year != null && year.strip().matches("[0-9]{4}") ? Integer.valueOf(year.strip()) : null;
        Page<ProgramView> page = queries.search(me, new ProgramFilter(roles.known(region), kind, yearValue, q),
                list.pageable());
        model.addAttribute("page", page);
        model.addAttribute("list", list);
        model.addAttribute("q", q);
        model.addAttribute("region", roles.known(region));
        model.addAttribute("kind", kind);
        model.addAttribute("year", yearValue);
        model.addAttribute("kinds", ProgramKind.values());
        model.addAttribute("regions", roles.readable(me));
        model.addAttribute("canCreate", RegistryRoles.isWriter(me));
        return VIEW_LIST;
    }

    @GetMapping(PATH + "/new")
    String newForm(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        RegistryRoles.requireWriter(me);
        return form(model, me, ProgramPageForm.blank(me.regionCode(), LocalDate.now(clock).getYear()),
                FormErrors.none(), null);
    }

    @PostMapping(PATH)
    String create(@AuthenticationPrincipal AccountPrincipal me, @ModelAttribute("form") ProgramPageForm form,
                  BindingResult binding, Locale locale, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        RegistryRoles.requireWriter(me);
        return save(me, null, form, binding, locale, model, response, redirect);
    }

    @GetMapping(PATH + "/{id}/edit")
    String editForm(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
        ProgramView program = editable(me, id);
        return form(model, me, ProgramPageForm.of(program), FormErrors.none(), program);
    }

    @PostMapping(PATH + "/{id}/edit")
    String update(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                  @ModelAttribute("form") ProgramPageForm form, BindingResult binding, Locale locale, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        return save(me, editable(me, id), form, binding, locale, model, response, redirect);
    }

    private String save(AccountPrincipal me, ProgramView existing, ProgramPageForm form, BindingResult binding,
                        Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        List<FieldError> problems = new ArrayList<>(RegistryForms.bindingErrors(binding, Set.of()));
        ProgramDetails details = form.toDetails(problems);
        FormErrors errors;
        try {
            if (!problems.isEmpty()) {
                details.validated();
                throw new InvalidInputException(problems);
            }
            ProgramView saved = existing == null ? service.create(me, details)
                    : service.update(me, existing.id(), details, form.version());
            redirect.addFlashAttribute("notice", messages.getMessage("program.flash.saved",
                    new Object[] {saved.name()}, locale));
            return "redirect:" + PATH + "/" + saved.id();
        } catch (InvalidInputException e) {
            List<FieldError> all = RegistryForms.combine(problems, e);
            errors = FormErrors.of(all, ProgramPageForm.FIELDS, UnaryOperator.identity(), messages, locale);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        } catch (PreconditionFailedException | OptimisticLockingFailureException e) {
            errors = FormErrors.none().addGeneral(messages.getMessage("registry.form.stale", null, locale));
            response.setStatus(HttpStatus.CONFLICT.value());
        } catch (NotFoundException e) {
            throw e;
        } catch (DomainException e) {
            errors = FormErrors.none().addGeneral(ProgramPageMessages.of(messages, e, locale));
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        return form(model, me, form, errors, existing);
    }

    private ProgramView editable(AccountPrincipal me, long id) {
        RegistryRoles.requireWriter(me);
        ProgramView program = queries.get(me, id);
        if (!program.editable()) {
            throw new AccessDeniedToRecordException("error.registry.readOnly", "program " + id + " is not yours to edit");
        }
        return program;
    }

    private String form(Model model, AccountPrincipal me, ProgramPageForm form, FormErrors errors,
                        ProgramView existing) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("program", existing);
        model.addAttribute("kinds", ProgramKind.values());
        model.addAttribute("regions", roles.writable(me));
        return VIEW_FORM;
    }
}
