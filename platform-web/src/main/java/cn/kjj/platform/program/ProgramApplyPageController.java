package cn.kjj.platform.program;

import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.common.InvalidInputException.FieldError;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.portal.FormErrors;
import cn.kjj.platform.portal.PortalMessages;
import cn.kjj.platform.portal.RegistryForms;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An enterprise applies to a call in the portal ({@code /program-calls/{id}/apply}: the form, its
 * mistakes beside the fields, a closed call or an ineligible enterprise above it) and attaches the
 * call's required documents to its application.
 */
@Controller
record ProgramApplyPageController(ProgramApplicationService service, ProgramCallService calls,
                                  PortalMessages messages) {

    static final String VIEW_APPLY = "program/apply";
    static final List<String> FIELDS = List.of("title", "requestedAmount", "summary");

    @GetMapping("/program-calls/{id}/apply")
    String form(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
        requireEnterprise(me);
        return page(model, calls.call(me, id), Map.of(), FormErrors.none());
    }

    @PostMapping("/program-calls/{id}/apply")
    String apply(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                 @RequestParam Map<String, String> form, Locale locale, Model model, HttpServletResponse response,
                 RedirectAttributes redirect) {
        requireEnterprise(me);
        CallView call = calls.call(me, id);
        List<FieldError> problems = new ArrayList<>();
        BigDecimal requested = RegistryForms.decimal("requestedAmount", form.get("requestedAmount"), problems);
        NewApplication application = new NewApplication(id, form.get("title"), requested, form.get("summary"));
        return messages.submission(problems, FIELDS, locale, response)
                .checking(application::validated)
                .save(() -> {
            ApplicationSummary saved = service.apply(me, call.programId(), application);
            redirect.addFlashAttribute("notice", messages.text("programApplication.flash.submitted", locale));
            return "redirect:/program-applications/" + saved.id();
        }, errors -> page(model, call, form, errors));
    }

    @PostMapping("/program-applications/{id}/attachments")
    String attach(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                  @RequestParam(name = "file", required = false) MultipartFile file,
                  @RequestParam(name = "document", required = false) String document, Locale locale,
                  RedirectAttributes redirect) {
        String back = "redirect:/program-applications/" + id;
        byte[] bytes = file == null ? new byte[0] : bytes(file);
        String filename = file == null ? null : file.getOriginalFilename();
        return messages.submission(List.of(), List.of(), locale, null).save(() -> {
            ApplicationView.AttachmentView saved = service.attach(me, id, document, filename, bytes);
            redirect.addFlashAttribute("notice", messages.text("programApplication.flash.attached", locale,
                    saved.filename()));
            return back;
        }, errors -> {
            redirect.addFlashAttribute("error", errors.sentence());
            return back;
        });
    }

    /** Only an enterprise account applies: 403 for the staff. */
    private static void requireEnterprise(AccountPrincipal me) {
        if (!me.actsForEnterprise()) {
            throw new AccessDeniedToRecordException("error.programApplication.applicantOnly",
                    "only an enterprise account applies");
        }
    }

    private static String page(Model model, CallView call, Map<String, String> typed, FormErrors errors) {
        model.addAttribute("call", call);
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        return VIEW_APPLY;
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
