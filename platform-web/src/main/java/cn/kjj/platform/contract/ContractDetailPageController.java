package cn.kjj.platform.contract;

import cn.kjj.platform.portal.PortalMessages;
import cn.kjj.platform.account.AccountPrincipal;
import cn.kjj.platform.account.Role;
import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.common.DomainException;
import cn.kjj.platform.common.InvalidInputException;
import cn.kjj.platform.common.NotFoundException;
import java.util.Locale;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;
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
class ContractDetailPageController {

    static final String VIEW_DETAIL = "contract/detail";

    private final ContractQueries queries;
    private final ContractService contracts;
    private final PortalMessages messages;

    ContractDetailPageController(ContractQueries queries, ContractService contracts, PortalMessages messages) {
        this.queries = queries;
        this.contracts = contracts;
        this.messages = messages;
    }

    @GetMapping("/contracts/{id}")
    String detail(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
        ContractView contract = queries.get(me, id);
        model.addAttribute("contract", contract);
        model.addAttribute("page", ContractPageDetail.of(me, contract));
        return VIEW_DETAIL;
    }

    @PostMapping("/contracts/{id}/submit")
    String submit(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                  @RequestParam(required = false) Long version, Locale locale, RedirectAttributes redirect) {
        return act(id, ContractAction.SUBMIT, locale, redirect, () -> contracts.submit(me, id, version));
    }

    @PostMapping("/contracts/{id}/register")
    String register(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                    @RequestParam(required = false) Long version, Locale locale, RedirectAttributes redirect) {
        return act(id, ContractAction.REGISTER, locale, redirect, () -> contracts.register(me, id, version));
    }

    @PostMapping("/contracts/{id}/return")
    String returnForCorrection(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                               @RequestParam(required = false) Long version,
                               @RequestParam(required = false) String reason, Locale locale,
                               RedirectAttributes redirect) {
        return act(id, ContractAction.RETURN, locale, redirect,
                () -> contracts.returnForCorrection(me, id, reason, version));
    }

    @PostMapping("/contracts/{id}/reject")
    String reject(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                  @RequestParam(required = false) Long version, @RequestParam(required = false) String reason,
                  Locale locale, RedirectAttributes redirect) {
        return act(id, ContractAction.REJECT, locale, redirect, () -> contracts.reject(me, id, reason, version));
    }

    @PostMapping("/contracts/{id}/revoke")
    String revoke(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                  @RequestParam(required = false) Long version, @RequestParam(required = false) String reason,
                  Locale locale, RedirectAttributes redirect) {
        return act(id, ContractAction.REVOKE, locale, redirect, () -> contracts.revoke(me, id, reason, version));
    }

    private String act(long id, ContractAction action, Locale locale, RedirectAttributes redirect,
                       java.util.function.Supplier<ContractView> decision) {
        try {
            ContractView after = decision.get();
            redirect.addFlashAttribute("notice", done(action, after, locale));
        } catch (NotFoundException | AccessDeniedToRecordException e) {
            throw e;
        } catch (InvalidInputException e) {
            // the reason: shown beside the reason box of the action, which opens again
            redirect.addFlashAttribute("error", messages.of(e, locale));
            redirect.addFlashAttribute("failedAction", action);
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", messages.of(e, locale));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("error", messages.text("error.conflict.concurrent", locale));
        }
        return "redirect:/contracts/" + id;
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
