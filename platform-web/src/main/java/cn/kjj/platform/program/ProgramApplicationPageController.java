package cn.kjj.platform.program;

import cn.kjj.platform.common.InvalidInputException.FieldError;
import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.portal.PortalMessages;
import cn.kjj.platform.portal.RegistryForms;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Applications in the portal: the officials' queue by step and an enterprise's own
 * ({@code /program-applications}), one application with its documents, tranches, reviews and
 * history and the steps the reader may take as forms ({@code /program-applications/{id}}), and a
 * call's ranking by mean score ({@code /program-calls/{id}/ranking}). A refused step comes back
 * by redirect with the message beside the step's fields and what was typed.
 */
@Controller
class ProgramApplicationPageController {

    static final String VIEW_LIST = "program/applications";
    static final String VIEW_DETAIL = "program/application";
    static final String VIEW_RANKING = "program/ranking";
    static final int LIST_SIZE = 100;

    private final ProgramApplicationService service;
    private final ProgramApplicationQueries queries;
    private final ProgramReviewService reviews;
    private final ProgramCallService calls;
    private final PortalMessages messages;

    ProgramApplicationPageController(ProgramApplicationService service, ProgramApplicationQueries queries,
                                     ProgramReviewService reviews, ProgramCallService calls,
                                     PortalMessages messages) {
        this.service = service;
        this.queries = queries;
        this.reviews = reviews;
        this.calls = calls;
        this.messages = messages;
    }

    @GetMapping("/program-applications")
    String list(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) ApplicationStatus status,
                Model model) {
        model.addAttribute("status", status);
        model.addAttribute("statuses", ApplicationStatus.values());
        model.addAttribute("applications", queries.list(me, null, null,
                status == null ? EnumSet.allOf(ApplicationStatus.class) : EnumSet.of(status),
                PageRequest.of(0, LIST_SIZE, Sort.by(Sort.Order.asc("createdAt"), Sort.Order.asc("id")))));
        return VIEW_LIST;
    }

    /** An option of a step's choice: the value sent and its label in the reader's language. */
    record Choice(String value, String label) {
    }

    @GetMapping("/program-applications/{id}")
    String detail(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model, Locale locale) {
        ApplicationView application = queries.get(me, id);
        model.addAttribute("a", application);
        model.addAttribute("documents", application.canAttach()
                ? calls.call(me, application.callId()).requiredDocuments() : List.of());
        model.addAttribute("passedChoices", choices("programApplication.passed.", locale, "true", "false"));
        model.addAttribute("resultChoices", choices("programApplication.result.", locale, "PASSED", "FAILED",
                "EXTENDED"));
        model.addAttribute("stepErrors", StepForms.failedFields(model));
        model.addAttribute("typed", StepForms.typed(model));
        return VIEW_DETAIL;
    }

    @GetMapping("/program-calls/{id}/ranking")
    String ranking(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
        model.addAttribute("call", calls.call(me, id));
        model.addAttribute("ranking", reviews.ranking(me, id));
        return VIEW_RANKING;
    }

    /** Every step of the office and the applicant's resubmission, by the action's name in the path. */
    @PostMapping("/program-applications/{id}/{step}")
    String step(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @PathVariable String step,
                @RequestParam Map<String, String> form, Locale locale, RedirectAttributes redirect) {
        List<FieldError> problems = new ArrayList<>();
        Runnable action = switch (step) {
            case "accept" -> () -> service.accept(me, id, form.get("reason"));
            case "return" -> () -> service.returnForCorrection(me, id, form.get("reason"));
            case "reject" -> () -> service.reject(me, id, form.get("reason"));
            case "decline" -> () -> service.decline(me, id, form.get("reason"));
            case "resubmit" -> () -> service.resubmit(me, id, form.get("reason"));
            case "approve" -> {
                BigDecimal amount = RegistryForms.decimal("amount", form.get("amount"), problems);
                yield () -> service.approve(me, id, amount);
            }
            case "disburse" -> {
                BigDecimal amount = RegistryForms.decimal("amount", form.get("amount"), problems);
                LocalDate paidOn = date("paidOn", form.get("paidOn"), problems);
                yield () -> service.disburse(me, id, amount, paidOn);
            }
            case "midterm" -> () -> service.midterm(me, id,
                    form.get("passed") == null ? null : Boolean.valueOf(form.get("passed")), form.get("note"));
            case "complete" -> () -> service.complete(me, id, form.get("result"), form.get("note"));
            case "terminate" -> {
                BigDecimal recovered = RegistryForms.decimal("recoveredAmount", form.get("recoveredAmount"), problems);
                yield () -> service.terminate(me, id, form.get("reason"), recovered);
            }
            case "reviews" -> {
                Integer expert = RegistryForms.integer("expertId", form.get("expertId"), problems);
                yield () -> reviews.assign(me, id, expert == null ? null : expert.longValue());
            }
            default -> throw NotFoundException.of("programApplication", id);
        };
        return StepForms.submit(messages, step, form, problems, "/program-applications/" + id, locale, redirect,
                () -> {
                    action.run();
                    return messages.text("programApplication.flash.done", locale);
                });
    }

    private List<Choice> choices(String prefix, Locale locale, String... values) {
        return java.util.Arrays.stream(values).map(v -> new Choice(v, messages.text(prefix + v, locale))).toList();
    }

    static LocalDate date(String field, String text, List<FieldError> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldError(field, RegistryForms.NOT_DATE, "must be a date"));
            return null;
        }
    }
}
