package cn.kjj.platform.program;

import cn.kjj.platform.common.InvalidInputException.FieldError;
import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.portal.PortalMessages;
import cn.kjj.platform.portal.RegistryForms;
import cn.kjj.platform.registry.RegistryQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
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
    static final String VIEW_CALL = "program/call";
    static final int EXPERTS_SHOWN = 200;
    static final int LIST_SIZE = 100;

    private final ProgramApplicationService service;
    private final ApplicationMoneyService money;
    private final OpenCompetitionService competitions;
    private final ProgramApplicationQueries queries;
    private final ProgramReviewService reviews;
    private final ProgramCallService calls;
    private final PortalMessages messages;
    private final ExpertQueries experts;
    private final ProgramQueries programs;

    @SuppressWarnings("java:S107") // the services of an application's steps and the readers of its page
    ProgramApplicationPageController(ProgramApplicationService service, ApplicationMoneyService money,
                                     OpenCompetitionService competitions, ProgramApplicationQueries queries,
                                     ProgramReviewService reviews, ProgramCallService calls,
                                     PortalMessages messages, ExpertQueries experts, ProgramQueries programs) {
        this.service = service;
        this.money = money;
        this.competitions = competitions;
        this.queries = queries;
        this.reviews = reviews;
        this.calls = calls;
        this.messages = messages;
        this.experts = experts;
        this.programs = programs;
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
        boolean reviewing = application.status() == ApplicationStatus.UNDER_REVIEW
                && application.actions().contains(ApplicationAction.APPROVE);
        model.addAttribute("experts", reviewing ? experts.search(me, RegistryQuery.none(),
                PageRequest.of(0, EXPERTS_SHOWN, Sort.by("id"))).getContent() : List.of());
        model.addAttribute("canScore", reviewing);
        flashed(model);
        return VIEW_DETAIL;
    }

    /**
     * A call's page: its window, budget and, for an open competition (揭榜挂帅, 赛马), the prize and the
     * teams with the stage each reached; the officials review the teams' stages here.
     */
    @GetMapping("/program-calls/{id}")
    String call(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model, Locale locale) {
        CallView call = calls.call(me, id);
        ProgramView program = programs.get(me, call.programId());
        List<ApplicationSummary> teams = queries.list(me, null, id, null,
                PageRequest.of(0, LIST_SIZE, Sort.by(Sort.Order.asc("createdAt"), Sort.Order.asc("id")))).getContent();
        boolean competition = program.kind() == ProgramKind.OPEN_COMPETITION;
        Map<Long, List<ApplicationAction>> decisions = new LinkedHashMap<>();
        if (competition && program.editable()) {
            teams.stream().filter(t -> OpenCompetitionService.RACING.contains(t.status()))
                    .forEach(t -> decisions.put(t.id(), queries.get(me, t.id()).actions().stream()
                            .filter(ApplicationAction::competitionOnly).toList()));
        }
        model.addAttribute("call", call);
        model.addAttribute("program", program);
        model.addAttribute("competition", competition);
        model.addAttribute("canApply", me.actsForEnterprise());
        model.addAttribute("teams", teams);
        model.addAttribute("decisions", decisions);
        model.addAttribute("passedChoices", choices("programApplication.passed.", locale, "true", "false"));
        flashed(model);
        return VIEW_CALL;
    }

    /** The step refused a moment ago: its messages beside its fields, and what was typed. */
    private static void flashed(Model model) {
        model.addAttribute("stepErrors", StepForms.failedFields(model));
        model.addAttribute("typed", StepForms.typed(model));
    }

    /** An official records an expert's score and comment. */
    @PostMapping("/program-applications/{id}/reviews/{reviewId}")
    String score(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @PathVariable long reviewId,
                 @RequestParam Map<String, String> form, Locale locale, RedirectAttributes redirect) {
        List<FieldError> problems = new ArrayList<>();
        Integer score = RegistryForms.integer("score", form.get("score"), problems);
        return decided(id, "score-" + reviewId, form, problems, locale, redirect, "/program-applications/" + id,
                () -> reviews.score(me, id, reviewId, score, form.get("comment")));
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
                yield () -> money.approve(me, id, amount);
            }
            case "disburse" -> {
                BigDecimal amount = RegistryForms.decimal("amount", form.get("amount"), problems);
                LocalDate paidOn = RegistryForms.date("paidOn", form.get("paidOn"), problems);
                yield () -> money.disburse(me, id, amount, paidOn);
            }
            case "midterm" -> {
                Boolean passed = passed(form, problems);
                yield () -> service.midterm(me, id, passed, form.get("note"));
            }
            case "complete" -> () -> service.complete(me, id, form.get("result"), form.get("note"));
            case "terminate" -> {
                BigDecimal recovered = RegistryForms.decimal("recoveredAmount", form.get("recoveredAmount"), problems);
                yield () -> money.terminate(me, id, form.get("reason"), recovered);
            }
            case "stage-review" -> {
                Boolean passed = passed(form, problems);
                yield () -> competitions.stageReview(me, id, passed, form.get("note"));
            }
            case "win" -> () -> competitions.win(me, id, form.get("reason"));
            case "reviews" -> {
                Integer expert = RegistryForms.integer("expertId", form.get("expertId"), problems);
                yield () -> reviews.assign(me, id, expert == null ? null : expert.longValue());
            }
            default -> throw NotFoundException.of("programApplication", id);
        };
        String back = "call".equals(form.get("back"))
                ? "/program-calls/" + queries.get(me, id).callId() : "/program-applications/" + id;
        return decided(id, step, form, problems, locale, redirect, back, action);
    }

    /**
     * Takes a step; a refused one comes back by redirect with its messages and what was typed, and names
     * the application (the call's page holds the forms of several teams).
     */
    private String decided(long id, String step, Map<String, String> form, List<FieldError> problems, Locale locale,
                           RedirectAttributes redirect, String back, Runnable action) {
        Map<String, String> fields = new LinkedHashMap<>(form);
        fields.remove("back");
        redirect.addFlashAttribute("failedApplication", id);
        return StepForms.submit(messages, step, fields, problems, back, locale, redirect, () -> {
            action.run();
            return messages.text("programApplication.flash.done", locale);
        });
    }

    /**
     * Whether a check was passed, as the form's choice says: none chosen is null (refused as required), anything
     * but {@code true} or {@code false} is refused beside the field (never read as a failed check).
     */
    private static Boolean passed(Map<String, String> form, List<FieldError> problems) {
        String passed = form.get("passed");
        if (passed == null || passed.isBlank()) {
            return null;
        }
        if (!passed.equals("true") && !passed.equals("false")) {
            problems.add(new FieldError("passed", RegistryForms.INVALID, "is neither true nor false"));
            return null;
        }
        return Boolean.valueOf(passed);
    }

    private List<Choice> choices(String prefix, Locale locale, String... values) {
        return java.util.Arrays.stream(values).map(v -> new Choice(v, messages.text(prefix + v, locale))).toList();
    }
}
