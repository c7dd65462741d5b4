package cn.kjj.platform.program;

import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.common.InvalidInputException.FieldError;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.portal.FormErrors;
import cn.kjj.platform.portal.NavigationGroup;
import cn.kjj.platform.portal.PortalFormats;
import cn.kjj.platform.registry.Column;
import cn.kjj.platform.registry.FormField;
import cn.kjj.platform.registry.FormRow;
import cn.kjj.platform.registry.RegistryForm;
import cn.kjj.platform.registry.RegistryPageController;
import cn.kjj.platform.registry.RegistryPageSupport;
import cn.kjj.platform.registry.RegistryPages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The program pages (the shared {@link RegistryPageController}; every role: programs are public
 * calls, officials see their region's). A program's page adds its budget, what is awarded and what
 * remains (with a bar), its awards (an enterprise sees its own) and, for officials of its region,
 * the award form; an award beyond the remaining budget comes back as a clear message beside it.
 */
@Controller
@RequestMapping("/programs")
class ProgramPageController extends RegistryPageController<ProgramDetails, ProgramView> {

    static final String VIEW_DETAIL = "program/detail";
    /** Awards shown on the page, newest first; the API pages through all of them. */
    static final int AWARDS_SHOWN = 200;
    static final RegistryPages PAGES = new RegistryPages("/programs", "program", "/api/v1/programs", null,
            List.of(Column.of("kind"), Column.of("year"), Column.of("regionCode"), Column.money("budget"),
                    Column.money("awardedTotal"), Column.money("remainingBudget")),
            List.of(),
            List.of(FormRow.of(FormField.text("name", 200).asRequired()),
                    FormRow.of(FormField.choice("kind", ProgramKind.class), FormField.region(),
                            FormField.integer("year").maxLength(4).narrow().asRequired(),
                            FormField.decimal("budget", "registry.form.amountHint").labelled("budgetYuan")
                                    .asRequired()),
                    FormRow.of(FormField.textarea("description", 4000))))
            .inMenu(NavigationGroup.PROGRAMS, "nav.programs", 42);

    /** The award form on a program's page: the enterprise by its unified social credit code. */
    static final List<FormField> AWARD = List.of(
            FormField.creditCode("enterpriseCreditCode", "enterpriseId", null), FormField.decimal("amount", null),
            FormField.date("awardedOn"), FormField.text("note", 1000));

    private final ProgramService programs;
    private final ProgramQueries queries;
    private final PortalFormats formats;
    private final Clock clock;
    private final ProgramCallService calls;
    private final ProgramApplicationQueries applications;
    private final VoucherQueries vouchers;

    @SuppressWarnings("java:S107") // the queries of the program's parts
    ProgramPageController(ProgramService programs, ProgramQueries queries, RegistryPageSupport support,
                          PortalFormats formats, Clock clock, ProgramCallService calls,
                          ProgramApplicationQueries applications, VoucherQueries vouchers) {
        super(programs, queries, PAGES, support);
        this.vouchers = vouchers;
        this.calls = calls;
        this.applications = applications;
        this.programs = programs;
        this.queries = queries;
        this.formats = formats;
        this.clock = clock;
    }

    @Override
    protected String detailPage(Model model, AccountPrincipal me, ProgramView program) {
        return page(model, me, program, RegistryForm.of(Map.of("awardedOn", LocalDate.now(clock).toString())),
                FormErrors.none());
    }

    @Override
    protected Map<String, String> blank(AccountPrincipal me) {
        Map<String, String> values = super.blank(me);
        values.put("year", String.valueOf(LocalDate.now(clock).getYear()));
        return values;
    }

    @PostMapping("/{id}/awards")
    String award(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, HttpServletRequest request,
                 Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        ProgramView program = queries.get(me, id);
        if (!program.editable()) {
            throw new AccessDeniedToRecordException("error.registry.readOnly", "program " + id + " is not yours");
        }
        RegistryForm form = RegistryForm.read(request, AWARD);
        List<FieldError> problems = new ArrayList<>();
        NewAward award = form.toDetails(NewAward.class, AWARD, support.enterprises(), problems);
        return support.messages().submission(problems, AWARD.stream().map(FormField::name).toList(), locale,
                        response)
                .mappingFields(field -> FormField.showing(AWARD, field))
                .checking(() -> programs.checkAward(me, id, award))
                .save(() -> {
                    AwardView booked = programs.award(me, id, award);
                    redirect.addFlashAttribute("notice", support.messages().text("program.flash.awarded",
                            locale, formats.money(booked.amount(), locale), booked.enterpriseName()));
                    return "redirect:" + PAGES.path() + "/" + id;
                }, errors -> errors.general().isEmpty() ? page(model, me, program, form, errors)
                        : refused(model, me, id, form, errors));
    }

    /** The budget moved on, perhaps by another official a moment ago: say why and show what remains now. */
    private String refused(Model model, AccountPrincipal me, long id, RegistryForm form, FormErrors errors) {
        model.addAttribute("awardConflict", String.join(" ", errors.general()));
        return page(model, me, queries.get(me, id), form, FormErrors.none());
    }

    private String page(Model model, AccountPrincipal me, ProgramView program, RegistryForm form,
                        FormErrors errors) {
        model.addAttribute("program", program);
        model.addAttribute("awards", queries.awards(me, program.id(), PageRequest.of(0, AWARDS_SHOWN,
                Sort.by(Sort.Order.desc("awardedOn"), Sort.Order.desc("id")))));
        model.addAttribute("awardForm", form);
        model.addAttribute("errors", errors);
        model.addAttribute("history", program.editable() ? history(me, program.id()) : null);
        model.addAttribute("calls", calls.calls(me, program.id()));
        model.addAttribute("canApply", me.actsForEnterprise());
        model.addAttribute("recoveries", applications.list(me, program.id(), null,
                EnumSet.of(ApplicationStatus.TERMINATED), PageRequest.of(0, AWARDS_SHOWN, Sort.by("id"))).getContent());
        if (program.kind() == ProgramKind.INNOVATION_VOUCHER) {
            model.addAttribute("voucherFigures", vouchers.figures(program.id()));
            model.addAttribute("programVouchers", me.actsForEnterprise() || me.keepsRecords() || me.readsEveryRegion()
                    ? vouchers.list(me, null, program.id(), null, PageRequest.of(0, AWARDS_SHOWN,
                    Sort.by(Sort.Order.desc("issuedOn"), Sort.Order.desc("id")))).getContent() : List.of());
            model.addAttribute("validToDefault", LocalDate.now(clock).withMonth(12).withDayOfMonth(31).toString());
        }
        model.addAttribute("subsidyYearDefault", LocalDate.now(clock).getYear() - 1);
        model.addAttribute("stepErrors", StepForms.failedFields(model));
        model.addAttribute("typed", StepForms.typed(model));
        return VIEW_DETAIL;
    }
}
