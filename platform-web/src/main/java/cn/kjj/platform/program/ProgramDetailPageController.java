package cn.kjj.platform.program;

import cn.kjj.platform.account.AccountPrincipal;
import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.common.ConflictException;
import cn.kjj.platform.common.InvalidInputException.FieldError;
import cn.kjj.platform.common.InvalidInputException;
import cn.kjj.platform.audit.ChangeHistory;
import cn.kjj.platform.portal.PortalFormats;
import cn.kjj.platform.portal.FormErrors;
import cn.kjj.platform.portal.RegistryForms;
import cn.kjj.platform.portal.RegistryHistory;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A program's page: its budget, what is awarded and what remains (with a bar), its awards (an
 * enterprise sees its own), the change history and, for officials of its region, the award form.
 * An award beyond the remaining budget comes back as a clear message beside the form.
 */
@Controller
class ProgramDetailPageController {

    static final String VIEW_DETAIL = "program/detail";
    /** Awards shown on the page, newest first; the API pages through all of them. */
    static final int AWARDS_SHOWN = 200;

    private final ProgramService service;
    private final ProgramQueries queries;
    private final ChangeHistory history;
    private final PortalFormats formats;
    private final MessageSource messages;
    private final Clock clock;

    ProgramDetailPageController(ProgramService service, ProgramQueries queries, ChangeHistory history,
                                PortalFormats formats, MessageSource messages, Clock clock) {
        this.service = service;
        this.queries = queries;
        this.history = history;
        this.formats = formats;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(ProgramPageController.PATH + "/{id}")
    String detail(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
        return page(model, me, queries.get(me, id), AwardPageForm.blank(LocalDate.now(clock)),
                FormErrors.none());
    }

    @PostMapping(ProgramPageController.PATH + "/{id}/awards")
    String award(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                 @ModelAttribute("awardForm") AwardPageForm form, BindingResult binding, Locale locale, Model model,
                 HttpServletResponse response, RedirectAttributes redirect) {
        ProgramView program = queries.get(me, id);
        if (!program.editable()) {
            throw new AccessDeniedToRecordException("error.registry.readOnly", "program " + id + " is not yours");
        }
        List<FieldError> problems = new ArrayList<>(RegistryForms.bindingErrors(binding, AwardPageForm.DATE_FIELDS));
        Long enterpriseId = null;
        if (form.enterpriseCreditCode() == null || form.enterpriseCreditCode().isBlank()) {
            problems.add(new FieldError("enterpriseCreditCode", "error.field.required", "is required"));
        } else {
            enterpriseId = queries.enterpriseIdByCreditCode(form.enterpriseCreditCode()).orElse(null);
            if (enterpriseId == null) {
                problems.add(new FieldError("enterpriseCreditCode", "error.enterprise.unknown", "no such enterprise"));
            }
        }
        NewAward award = form.toNewAward(enterpriseId, problems);
        try {
            if (!problems.isEmpty()) {
                service.checkAward(me, id, award);
                throw new InvalidInputException(problems);
            }
            AwardView booked = service.award(me, id, award);
            redirect.addFlashAttribute("notice", messages.getMessage("program.flash.awarded",
                    new Object[] {formats.money(booked.amount(), locale), booked.enterpriseName()}, locale));
            return "redirect:" + ProgramPageController.PATH + "/" + id;
        } catch (InvalidInputException e) {
            FormErrors errors = FormErrors.of(RegistryForms.combine(problems, e, AwardPageForm::formField),
                    AwardPageForm.FIELDS, AwardPageForm::formField, messages, locale);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, me, program, form, errors);
        } catch (ConflictException e) {
            // the budget moved on, perhaps by another official a moment ago: show what remains now
            model.addAttribute("awardConflict", ProgramPageMessages.of(messages, e, locale));
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(model, me, queries.get(me, id), form, FormErrors.none());
        }
    }

    private String page(Model model, AccountPrincipal me, ProgramView program, AwardPageForm form,
                        FormErrors errors) {
        Page<AwardView> awards = queries.awards(me, program.id(), PageRequest.of(0, AWARDS_SHOWN,
                Sort.by(Sort.Order.desc("awardedOn"), Sort.Order.desc("id"))));
        model.addAttribute("program", program);
        model.addAttribute("awards", awards);
        model.addAttribute("awardForm", form);
        model.addAttribute("errors", errors);
        model.addAttribute("history", program.editable() ? changes(me, program.id()) : null);
        return VIEW_DETAIL;
    }

    /** The change history, newest first; only for those who may edit (it names people). */
    private List<ChangeHistory.Entry> changes(AccountPrincipal me, long id) {
        return RegistryHistory.newestFirst(history.of(queries.history(me, id), ProgramQueries.HISTORY_FIELDS));
    }
}
