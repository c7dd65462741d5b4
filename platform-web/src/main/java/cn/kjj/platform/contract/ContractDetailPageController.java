package cn.kjj.platform.contract;

import cn.kjj.platform.contract.document.VerificationLinks;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.Role;
import cn.kjj.platform.portal.FormErrors;
import cn.kjj.platform.portal.PortalMessages;
import cn.kjj.platform.common.InvalidInputException.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One contract ({@code /contracts/{id}}): its terms, review clock, history and attachments, and
 * the decisions the reader may take now as POST forms. Each decision redirects back here with a
 * flash message; a refused one (illegal now, stale page, missing reason) says why instead.
 */
@Controller
record ContractDetailPageController(ContractQueries queries, ContractService contracts, PortalMessages messages,
                                    ContractChangeService changes, ContractObjectionService objections,
                                    ContractVerifications verifications) {

    static final String VIEW_DETAIL = "contract/detail";
    static final String REASON = "reason";
    static final List<String> GROUND_FIELDS = List.of(DecisionGround.CODE_FIELD, REASON);
    static final List<String> REGISTER_FIELDS = List.of("type", "subtype", RegistrationDecision.AMOUNT_FIELD,
            RegistrationDecision.NOTE_FIELD);

    @GetMapping("/contracts/{id}")
    String detail(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
        ContractView contract = queries.get(me, id);
        model.addAttribute("contract", contract);
        model.addAttribute("page", ContractPageDetail.of(me, contract));
        // once registered (also when revoked since), the certificate's public verification page (decision 0033)
        model.addAttribute("verifyPath", contract.registrationNo() == null ? null
                : verifications.tokenOf(contract.id()).map(token -> VerificationLinks.PAGE + token).orElse(null));
        // a decision refused for a field (flash from act): the messages beside that action's fields, as typed
        FormErrors errors = FormErrors.none();
        if (model.getAttribute("fieldErrors") instanceof Map<?, ?> fields) {
            fields.forEach((field, message) -> errors.addField(field.toString(), message.toString()));
        }
        model.addAttribute("decisionErrors", errors);
        Map<String, String> typed = new HashMap<>(Map.of("type", contract.type().name(),
                "subtype", contract.subtype() == null ? "" : contract.subtype().name(),
                RegistrationDecision.AMOUNT_FIELD, contract.techTransactionAmount().toPlainString()));
        if (model.getAttribute("decisionInput") instanceof Map<?, ?> input) {
            input.forEach((field, value) -> typed.put(field.toString(), value == null ? "" : value.toString()));
        }
        model.addAttribute("decision", typed);
        model.addAttribute("types", ContractType.values());
        model.addAttribute("subtypes", ContractSubtype.values());
        model.addAttribute("refusalReasons", RefusalReason.values());
        // change and cancellation applications and objections (decision 0034)
        model.addAttribute("changes", changes.list(me, id));
        model.addAttribute("objections", objections.list(me, id));
        return VIEW_DETAIL;
    }

    @PostMapping("/contracts/{id}/submit")
    String submit(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                  @RequestParam(required = false) Long version, Locale locale, RedirectAttributes redirect) {
        return act(id, ContractAction.SUBMIT, locale, redirect, () -> contracts.submit(me, id, version));
    }

    /** Registers with the office's decision (认定): type, subtype and the 核定 amount as confirmed or changed. */
    @PostMapping("/contracts/{id}/register")
    String register(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                    @RequestParam(required = false) Long version, @RequestParam(required = false) ContractType type,
                    @RequestParam(required = false) ContractSubtype subtype,
                    @RequestParam(required = false) String techTransactionAmount,
                    @RequestParam(required = false) String note, Locale locale, RedirectAttributes redirect) {
        List<FieldError> problems = new ArrayList<>();
        BigDecimal amount = techTransactionAmount == null || techTransactionAmount.isBlank() ? null
                : ContractPageForm.amount(RegistrationDecision.AMOUNT_FIELD, techTransactionAmount, problems);
        RegistrationDecision decision = new RegistrationDecision(amount, type, subtype, note);
        Map<String, String> typed = typed("type", type, "subtype", subtype,
                RegistrationDecision.AMOUNT_FIELD, techTransactionAmount, RegistrationDecision.NOTE_FIELD, note);
        return act(id, ContractAction.REGISTER, new Typed(problems, REGISTER_FIELDS, typed), locale, redirect,
                () -> contracts.register(me, id, decision, version));
    }

    @PostMapping("/contracts/{id}/return")
    String returnForCorrection(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                               @RequestParam(required = false) Long version,
                               @RequestParam(required = false) String reasonCode,
                               @RequestParam(required = false) String reason, Locale locale,
                               RedirectAttributes redirect) {
        return act(id, ContractAction.RETURN, ground(reasonCode, reason), locale, redirect,
                () -> contracts.returnForCorrection(me, id, DecisionGround.of(reasonCode, reason), version));
    }

    @PostMapping("/contracts/{id}/reject")
    String reject(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                  @RequestParam(required = false) Long version, @RequestParam(required = false) String reasonCode,
                  @RequestParam(required = false) String reason, Locale locale, RedirectAttributes redirect) {
        return act(id, ContractAction.REJECT, ground(reasonCode, reason), locale, redirect,
                () -> contracts.reject(me, id, DecisionGround.of(reasonCode, reason), version));
    }

    @PostMapping("/contracts/{id}/revoke")
    String revoke(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                  @RequestParam(required = false) Long version, @RequestParam(required = false) String reason,
                  Locale locale, RedirectAttributes redirect) {
        return act(id, ContractAction.REVOKE, ground(null, reason), locale, redirect,
                () -> contracts.revoke(me, id, reason, version));
    }

    /** What a decision's form sent: problems found reading it, its fields in page order, the values as typed. */
    private record Typed(List<FieldError> problems, List<String> fields, Map<String, String> values) {
    }

    private static Typed ground(String reasonCode, String reason) {
        return new Typed(List.of(), GROUND_FIELDS, typed(DecisionGround.CODE_FIELD, reasonCode, REASON, reason));
    }

    /** Field names and values, alternately, as the strings a redirect can carry (nulls as empty). */
    private static Map<String, String> typed(Object... namesAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            values.put(namesAndValues[i].toString(), value == null ? "" : value.toString());
        }
        return values;
    }

    private String act(long id, ContractAction action, Locale locale, RedirectAttributes redirect,
                       Supplier<ContractView> decision) {
        return act(id, action, new Typed(List.of(), List.of(), Map.of()), locale, redirect, decision);
    }

    /**
     * Takes the decision; a refused one goes back by redirect, with the messages beside the action's
     * fields and what was typed in them.
     */
    private String act(long id, ContractAction action, Typed form, Locale locale, RedirectAttributes redirect,
                       Supplier<ContractView> decision) {
        String back = "redirect:/contracts/" + id;
        return messages.submission(form.problems(), form.fields(), locale, null)
                .staleText("error.conflict.concurrent")
                .explainingVersionMismatch()
                .save(() -> {
                    redirect.addFlashAttribute("notice", done(action, decision.get(), locale));
                    return back;
                }, errors -> {
                    redirect.addFlashAttribute("error", errors.sentence());
                    if (!errors.fields().isEmpty()) {
                        Map<String, String> fields = new LinkedHashMap<>();
                        errors.fields().keySet().forEach(field -> fields.put(field, errors.of(field)));
                        redirect.addFlashAttribute("failedAction", action);
                        redirect.addFlashAttribute("fieldErrors", fields);
                        redirect.addFlashAttribute("decisionInput", new LinkedHashMap<>(form.values()));
                    }
                    return back;
                });
    }

    private String done(ContractAction action, ContractView after, Locale locale) {
        return switch (action) {
            case SUBMIT -> messages.text("contract.flash.submitted", locale, messages.date(after.dueOn(), locale));
            case REGISTER -> after.status() == ContractStatus.REGISTERED
                    ? messages.text("contract.flash.registered", locale, after.registrationNo())
                    : messages.text("contract.flash.firstReview", locale);
            case RETURN -> messages.text("contract.flash.returned", locale);
            case REJECT -> messages.text("contract.flash.rejected", locale);
            case REVOKE -> messages.text("contract.flash.revoked", locale, after.registrationNo());
            case CANCEL -> messages.text("contract.change.flash.approved", locale, after.registrationNo());
        };
    }

    /** What the detail page offers this reader beyond the contract itself. */
    record ContractPageDetail(boolean owner, boolean official, boolean canEdit, boolean canUpload,
                              boolean firstReviewDoneByMe, String reason, Set<ContractAction> actions) {

        /** Whether the reader may take {@code action} (a {@link ContractAction} name) now. */
        public boolean can(String action) {
            return actions.contains(ContractAction.valueOf(action));
        }

        public boolean hasActions() {
            return canEdit || !actions.isEmpty();
        }

        static ContractPageDetail of(AccountPrincipal me, ContractView c) {
            boolean official = me.has(Role.OFFICIAL) || me.has(Role.ADMIN);
            // an enterprise reads only its own contracts; others own one by having entered it (SUBMIT offered)
            boolean owner = me.has(Role.ENTERPRISE) || c.availableActions().contains(ContractAction.SUBMIT);
            boolean canEdit = c.availableActions().contains(ContractAction.SUBMIT);
            boolean canUpload = owner && ContractAttachmentService.OPEN.contains(c.status());
            boolean firstByMe = official && c.status() == ContractStatus.PENDING_SECOND_REVIEW
                    && !c.availableActions().contains(ContractAction.REGISTER)
                    && c.availableActions().contains(ContractAction.RETURN);
            return new ContractPageDetail(owner, official, canEdit, canUpload, firstByMe,
                    ContractPageRow.latestReason(c), c.availableActions());
        }
    }
}
