package cn.kjj.platform.contract;

import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.common.ConflictException;
import cn.kjj.platform.common.InvalidInputException.FieldError;
import cn.kjj.platform.enterprise.EnterpriseQueries;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.Role;
import cn.kjj.platform.portal.FormErrors;
import cn.kjj.platform.portal.FormSubmission;
import cn.kjj.platform.portal.PortalMessages;
import cn.kjj.platform.region.RegionDirectory;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * The contract form: a new contract ({@code /contracts/new}, enterprises for themselves, officials
 * and administrators on an enterprise's behalf, named by its credit code) and the correction of a
 * draft or a returned contract ({@code /contracts/{id}/edit}, its owner). The server's rules
 * decide; a form with mistakes comes back with what was typed and a message beside each field.
 */
@Controller
record ContractFormPageController(ContractFiling filing, ContractService contracts, ContractQueries queries,
                                  RegionDirectory regions, EnterpriseQueries enterprises, PortalMessages messages,
                                  Clock clock) {

    static final String VIEW_FORM = "contract/form";
    static final String INTENT_DRAFT = "draft";

    @GetMapping("/contracts/new")
    String newForm(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        requireFiler(me);
        model.addAttribute("forSeller", onBehalf(me));
        return form(model, ContractPageForm.blank(), FormErrors.none(), null);
    }

    @PostMapping("/contracts")
    String create(@AuthenticationPrincipal AccountPrincipal me, @ModelAttribute("form") ContractPageForm form,
                  BindingResult binding, @RequestParam(name = "intent", defaultValue = "submit") String intent,
                  Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        requireFiler(me);
        boolean forSeller = onBehalf(me);
        model.addAttribute("forSeller", forSeller);
        ContractPageForm keyed = form.withKey();
        List<FieldError> problems = new ArrayList<>();
        ContractTerms terms = read(keyed, binding, problems);
        Long sellerId = forSeller ? seller(me, keyed, problems) : null;
        boolean submit = !INTENT_DRAFT.equals(intent);
        return submission(problems, terms, locale, response)
                // a form sent again after its contract was filed (back button): say so in plain words
                .rewording("error.idempotency.keyReused", "contract.form.alreadyFiled")
                .save(() -> {
                    ContractView filed = filing.file(me, new NewContract(terms, sellerId, submit,
                                    keyed.byBuyer() ? FilerRole.BUYER : FilerRole.SELLER, keyed.abroadSeller()),
                            keyed.idempotencyKey()).contract();
                    redirect.addFlashAttribute("notice", messages.text(submit ? "contract.flash.submitted"
                            : "contract.flash.draftSaved", locale, messages.date(filed.dueOn(), locale)));
                    return "redirect:/contracts/" + filed.id();
                }, errors -> form(model, keyed, errors, null));
    }

    @GetMapping("/contracts/{id}/edit")
    String editForm(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Locale locale, Model model,
                    RedirectAttributes redirect) {
        ContractView contract = queries.get(me, id);
        if (!contract.availableActions().contains(ContractAction.SUBMIT)) {
            return notEditable(contract, locale, redirect);
        }
        return form(model, ContractPageForm.of(contract), FormErrors.none(), contract);
    }

    @PostMapping("/contracts/{id}/edit")
    String update(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                  @ModelAttribute("form") ContractPageForm form, BindingResult binding,
                  @RequestParam(name = "intent", defaultValue = "submit") String intent,
                  Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        ContractView contract = queries.get(me, id);
        if (!contract.availableActions().contains(ContractAction.SUBMIT)) {
            return notEditable(contract, locale, redirect);
        }
        List<FieldError> problems = new ArrayList<>();
        ContractTerms terms = read(form, binding, problems);
        boolean submit = !INTENT_DRAFT.equals(intent);
        return submission(problems, terms, locale, response)
                .staleText("error.conflict.concurrent")
                .explainingVersionMismatch()
                .save(() -> {
                    ContractView saved = contracts.update(me, id, terms, form.abroadSeller(), form.version());
                    if (submit) {
                        saved = contracts.submit(me, id, saved.version());
                    }
                    redirect.addFlashAttribute("notice", messages.text(submit ? "contract.flash.resubmitted"
                            : "contract.flash.saved", locale, messages.date(saved.dueOn(), locale)));
                    return "redirect:/contracts/" + id;
                }, errors -> form(model, form, errors, contract));
    }

    /** The terms as typed; conversion errors and amounts that are not numbers go to {@code problems}. */
    private static ContractTerms read(ContractPageForm form, BindingResult binding, List<FieldError> problems) {
        for (org.springframework.validation.FieldError e : binding.getFieldErrors()) {
            boolean date = ContractPageForm.DATE_FIELDS.contains(e.getField());
            problems.add(new FieldError(e.getField(), date ? "contract.form.date.invalid" : "error.validation.field",
                    "is not a valid value"));
        }
        return form.toTerms(problems);
    }

    /** Saving the form; with mistakes in the reading, the domain's rules still name every other one. */
    private FormSubmission submission(List<FieldError> problems, ContractTerms terms, Locale locale,
                                      HttpServletResponse response) {
        return messages.submission(problems, ContractPageForm.FIELDS, locale, response)
                .mappingFields(ContractPageForm::formField)
                .checking(() -> terms.validated(LocalDate.now(clock.withZone(ReviewClock.ZONE)), null));
    }

    private String notEditable(ContractView contract, Locale locale, RedirectAttributes redirect) {
        if (contract.status().isEditable()) {
            throw new AccessDeniedToRecordException("error.contract.ownerOnly",
                    "only the seller may change contract " + contract.id());
        }
        redirect.addFlashAttribute("error", messages.of(new ConflictException("error.contract.notEditable",
                "contract " + contract.id() + " cannot be changed now", contract.status()), locale));
        return "redirect:/contracts/" + contract.id();
    }

    private String form(Model model, ContractPageForm form, FormErrors errors, ContractView contract) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("contract", contract);
        model.addAttribute("latestReason", contract == null ? null : ContractPageRow.latestReason(contract));
        model.addAttribute("types", ContractType.values());
        model.addAttribute("subtypes", ContractSubtype.values());
        model.addAttribute("fields", TechnologyField.values());
        model.addAttribute("roles", FilerRole.values());
        model.addAttribute("regions", regions.all());
        model.addAttribute("natures", PartyNature.values());
        model.addAttribute("ipTypes", IpType.values());
        model.addAttribute("planSources", PlanSource.values());
        model.addAttribute("paymentMethods", PaymentMethod.values());
        return VIEW_FORM;
    }

    private static void requireFiler(AccountPrincipal me) {
        if (!me.has(Role.ENTERPRISE) && !me.has(Role.OFFICIAL) && !me.has(Role.ADMIN)) {
            throw new AccessDeniedToRecordException("error.contract.fileForbidden",
                    "the portal's contract form is for enterprises and officials");
        }
    }

    /** An official or administrator files for an enterprise; an enterprise account for itself. */
    static boolean onBehalf(AccountPrincipal me) {
        return !me.has(Role.ENTERPRISE) && (me.has(Role.OFFICIAL) || me.has(Role.ADMIN));
    }

    /**
     * The enterprise named by the form's credit code among those the reader may see (an
     * official's region), or a problem beside the field; the domain checks the scope again.
     */
    private Long seller(AccountPrincipal me, ContractPageForm form, List<FieldError> problems) {
        String code = form.sellerCode();
        if (code == null) {
            problems.add(new FieldError("sellerCreditCode", "error.field.required", "is required"));
            return null;
        }
        Long id = enterprises.idByCreditCode(me, code).orElse(null);
        if (id == null) {
            problems.add(new FieldError("sellerCreditCode", "contract.form.seller.unknown",
                    "no enterprise with this credit code in your region"));
        }
        return id;
    }
}
