package cn.kjj.platform.contract;

import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.common.InvalidInputException.FieldError;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.Role;
import cn.kjj.platform.portal.FormErrors;
import cn.kjj.platform.portal.NavigationEntry;
import cn.kjj.platform.portal.NavigationGroup;
import cn.kjj.platform.portal.PortalMessages;
import cn.kjj.platform.portal.RegistryForms;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Change and cancellation applications and objections in the portal (decision 0034): the registering
 * party's application form and the objection form (inline messages beside the fields), the officials'
 * decisions as POST forms on the contract's page (redirected back with a flash message), and the
 * officials' queue {@code /review/requests}.
 */
@Controller
class ContractChangePageController {

    static final String QUEUE = "/review/requests";
    static final String OBJECTION_FORM = "/contracts/objections/new";
    static final List<String> CHANGE_FIELDS = List.of("kind", "reason", "contractAmount", "techTransactionAmount",
            "validTo");
    static final List<String> OBJECTION_FIELDS = List.of("registrationNo", "reason");

    private final ContractChangeService changes;
    private final ContractObjectionService objections;
    private final ContractRequests requests;
    private final ContractQueries queries;
    private final PortalMessages messages;

    ContractChangePageController(ContractChangeService changes, ContractObjectionService objections,
                                 ContractRequests requests, ContractQueries queries, PortalMessages messages) {
        this.changes = changes;
        this.objections = objections;
        this.requests = requests;
        this.queries = queries;
        this.messages = messages;
    }

    /** The form as typed: flat text, so that "abc" is a message beside the field. */
    record ChangeForm(String kind, String reason, String contractAmount, String techTransactionAmount,
                      String validTo) {
    }

    record ObjectionForm(String registrationNo, String reason) {
    }

    @GetMapping("/contracts/{id}/changes/new")
    String changeForm(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                      @RequestParam(required = false) String kind, Model model) {
        ContractView contract = queries.get(me, id);
        if (!ContractDetailPageController.ContractPageDetail.of(me, contract).owner()) {
            throw new AccessDeniedToRecordException("error.contract.ownerOnly",
                    "only the registering party applies for a change of contract " + id);
        }
        return changeForm(model, contract, new ChangeForm(kind == null ? "CHANGE" : kind, null, null, null, null),
                FormErrors.none());
    }

    @PostMapping("/contracts/{id}/changes")
    String apply(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, ChangeForm form, Locale locale,
                 Model model, HttpServletResponse response, RedirectAttributes redirect) {
        ContractView contract = queries.get(me, id);
        List<FieldError> problems = new ArrayList<>();
        BigDecimal amount = RegistryForms.decimal("contractAmount", form.contractAmount(), problems);
        BigDecimal tech = RegistryForms.decimal("techTransactionAmount", form.techTransactionAmount(), problems);
        LocalDate validTo = RegistryForms.date("validTo", form.validTo(), problems);
        return messages.submission(problems, CHANGE_FIELDS, locale, response)
                .save(() -> {
                    ContractChangeView applied = changes.apply(me, id, new ChangeApplication(form.kind(),
                            form.reason(), amount, tech, validTo));
                    redirect.addFlashAttribute("notice", messages.text("contract.change.flash.applied", locale,
                            applied.kind().displayName(locale)));
                    return "redirect:/contracts/" + id;
                }, errors -> changeForm(model, contract, form, errors));
    }

    @PostMapping("/contracts/{id}/changes/{changeId}/approve")
    String approve(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @PathVariable long changeId,
                   @RequestParam(required = false) String reason, Locale locale, RedirectAttributes redirect) {
        return decide(id, locale, redirect, "contract.change.flash.approved",
                () -> changes.approve(me, id, changeId, reason).kind().displayName(locale));
    }

    @PostMapping("/contracts/{id}/changes/{changeId}/reject")
    String reject(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @PathVariable long changeId,
                  @RequestParam(required = false) String reasonCode, @RequestParam(required = false) String reason,
                  Locale locale, RedirectAttributes redirect) {
        return decide(id, locale, redirect, "contract.change.flash.refused",
                () -> changes.refuse(me, id, changeId, DecisionGround.of(reasonCode, reason)).kind()
                        .displayName(locale));
    }

    @GetMapping(OBJECTION_FORM)
    String objectionForm(@RequestParam(required = false) String registrationNo, Model model) {
        return objectionForm(model, new ObjectionForm(registrationNo, null), FormErrors.none());
    }

    @PostMapping("/contracts/objections")
    String raise(@AuthenticationPrincipal AccountPrincipal me, ObjectionForm form, Locale locale, Model model,
                 HttpServletResponse response, RedirectAttributes redirect) {
        return messages.submission(List.of(), OBJECTION_FIELDS, locale, response)
                .placing("error.contract.objection.unknown", "registrationNo")
                .save(() -> {
                    ObjectionView raised = objections.raise(me, form.registrationNo(), form.reason());
                    redirect.addFlashAttribute("notice", messages.text("contract.objection.flash.raised", locale,
                            raised.registrationNo()));
                    return "redirect:" + OBJECTION_FORM;
                }, errors -> objectionForm(model, form, errors));
    }

    @PostMapping("/contracts/{id}/objections/{objectionId}/confirm")
    String confirm(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @PathVariable long objectionId,
                   @RequestParam(required = false) String note, Locale locale, RedirectAttributes redirect) {
        return decide(id, locale, redirect, "contract.objection.flash.confirmed",
                () -> objections.confirm(me, id, objectionId, note).registrationNo());
    }

    @PostMapping("/contracts/{id}/objections/{objectionId}/correct")
    String correct(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @PathVariable long objectionId,
                   @RequestParam(required = false) String techTransactionAmount,
                   @RequestParam(required = false) Boolean cancel, @RequestParam(required = false) String note,
                   Locale locale, RedirectAttributes redirect) {
        List<FieldError> problems = new ArrayList<>();
        BigDecimal amount = RegistryForms.decimal("techTransactionAmount", techTransactionAmount, problems);
        return messages.submission(problems, List.of("techTransactionAmount", "note"), locale, null)
                .save(() -> {
                    ObjectionView corrected = objections.correct(me, id, objectionId,
                            new ObjectionCorrection(amount, cancel, note));
                    redirect.addFlashAttribute("notice", messages.text("contract.objection.flash.corrected", locale,
                            corrected.registrationNo()));
                    return "redirect:/contracts/" + id;
                }, errors -> {
                    redirect.addFlashAttribute("error", errors.sentence());
                    return "redirect:/contracts/" + id;
                });
    }

    @GetMapping(QUEUE)
    String queue(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        model.addAttribute("queue", requests.queue(me));
        model.addAttribute("refusalReasons", RefusalReason.values());
        return "contract/requests";
    }

    /** A decision from the contract's page: back there with a flash message, or with what went wrong. */
    private String decide(long id, Locale locale, RedirectAttributes redirect, String doneText,
                          Supplier<String> decision) {
        String back = "redirect:/contracts/" + id;
        return messages.submission(List.of(), List.of(), locale, null)
                .save(() -> {
                    redirect.addFlashAttribute("notice", messages.text(doneText, locale, decision.get()));
                    return back;
                }, errors -> {
                    redirect.addFlashAttribute("error", errors.sentence());
                    return back;
                });
    }

    private String changeForm(Model model, ContractView contract, ChangeForm form, FormErrors errors) {
        model.addAttribute("contract", contract);
        model.addAttribute("form", form);
        model.addAttribute("kinds", List.of(ContractChangeKind.CHANGE, ContractChangeKind.CANCEL));
        model.addAttribute("errors", errors);
        return "contract/change";
    }

    private String objectionForm(Model model, ObjectionForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "contract/objection";
    }

    /** The queue and the objection form in the registration group of the navigation. */
    @Configuration(proxyBeanMethods = false)
    static class Navigation {

        @Bean
        NavigationEntry contractRequestsNavigation() {
            return NavigationEntry.forRoles(NavigationGroup.REGISTRATION, QUEUE, "nav.contractRequests", 22,
                    Role.OFFICIAL, Role.ADMIN);
        }

        @Bean
        NavigationEntry contractObjectionNavigation() {
            return NavigationEntry.forRoles(NavigationGroup.REGISTRATION, OBJECTION_FORM, "nav.contractObjection", 23,
                    Role.ENTERPRISE, Role.OFFICIAL);
        }
    }
}
