package cn.kjj.platform.program;

import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.common.InvalidInputException.FieldError;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.portal.FormErrors;
import cn.kjj.platform.portal.PortalMessages;
import cn.kjj.platform.portal.RegistryForms;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Calls in the portal (decision 0042): an official of the program's region (or an administrator)
 * publishes a call on the program with its window, budget, eligibility and required documents
 * ({@code /programs/{id}/calls/new}, mistakes beside the fields) and closes it before its window
 * ends; an enterprise lists the calls open today that it may apply to ({@code /program-calls}).
 */
@Controller
record ProgramCallPageController(ProgramCallService calls, ProgramQueries programs,
                                 ProgramApplicationService applications, PortalMessages messages) {

    static final String VIEW_FORM = "program/call-form";
    static final String VIEW_OPEN = "program/calls";
    static final List<String> FIELDS = List.of("title", "opensOn", "closesOn", "budget", "prize", "eligibility",
            "requiredDocuments", "guidelines");

    @GetMapping("/programs/{id}/calls/new")
    String form(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
        ProgramView program = editable(me, id);
        Map<String, String> blank = new HashMap<>();
        blank.put("eligibility", CallEligibility.ANY.name());
        blank.put("requiredDocuments", "项目申报书");
        return page(model, program, blank, FormErrors.none());
    }

    @PostMapping("/programs/{id}/calls")
    String publish(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                   @RequestParam Map<String, String> form, Locale locale, Model model, HttpServletResponse response,
                   RedirectAttributes redirect) {
        ProgramView program = editable(me, id);
        List<FieldError> problems = new ArrayList<>();
        LocalDate opens = RegistryForms.date("opensOn", form.get("opensOn"), problems);
        LocalDate closes = RegistryForms.date("closesOn", form.get("closesOn"), problems);
        BigDecimal budget = RegistryForms.decimal("budget", form.get("budget"), problems);
        boolean competition = program.kind() == ProgramKind.OPEN_COMPETITION;
        BigDecimal prize = competition ? RegistryForms.decimal("prize", form.get("prize"), problems) : null;
        String eligibility = form.get("eligibility") == null || form.get("eligibility").isBlank() ? null
                : form.get("eligibility");
        NewCall call = new NewCall(form.get("title"), opens, closes, budget, eligibility,
                documents(form.get("requiredDocuments")), form.get("guidelines"), prize);
        return messages.submission(problems, FIELDS, locale, response)
                .checking(() -> calls.check(competition, call))
                .save(() -> {
                    CallView saved = calls.publish(me, id, call);
                    redirect.addFlashAttribute("notice", messages.text("programCall.flash.published", locale,
                            saved.title()));
                    return "redirect:/programs/" + id;
                }, errors -> page(model, program, form, errors));
    }

    @PostMapping("/program-calls/{id}/close")
    String close(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Locale locale,
                 RedirectAttributes redirect) {
        CallView call = calls.call(me, id);
        String back = "redirect:/programs/" + call.programId();
        return messages.submission(List.of(), List.of(), locale, null).save(() -> {
            calls.close(me, id);
            redirect.addFlashAttribute("notice", messages.text("programCall.flash.closed", locale, call.title()));
            return back;
        }, errors -> {
            redirect.addFlashAttribute("error", errors.sentence());
            return back;
        });
    }

    @GetMapping("/program-calls")
    String open(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        if (!me.actsForEnterprise()) {
            throw new AccessDeniedToRecordException("error.programApplication.applicantOnly",
                    "the calls to apply to are for enterprise accounts");
        }
        model.addAttribute("openCalls", applications.openCallsFor(me));
        return VIEW_OPEN;
    }

    /** The program if the reader may publish its calls: 404 outside sight, 403 for a reader who may not. */
    private ProgramView editable(AccountPrincipal me, long id) {
        ProgramView program = programs.get(me, id);
        if (!program.editable()) {
            throw new AccessDeniedToRecordException("error.registry.readOnly",
                    "only officials of the program's region publish its calls");
        }
        return program;
    }

    /** One required document a line, blank lines left out. */
    private static List<String> documents(String typed) {
        return typed == null ? List.of() : Arrays.stream(typed.split("\\R")).map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
    }

    private static String page(Model model, ProgramView program, Map<String, String> typed, FormErrors errors) {
        model.addAttribute("program", program);
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("eligibilities", CallEligibility.values());
        return VIEW_FORM;
    }
}
