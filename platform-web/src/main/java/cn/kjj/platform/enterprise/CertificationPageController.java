package cn.kjj.platform.enterprise;

import cn.kjj.platform.portal.FormErrors;
import cn.kjj.platform.portal.FormSubmission;
import cn.kjj.platform.portal.PortalMessages;
import cn.kjj.platform.common.InvalidInputException.FieldError;
import cn.kjj.platform.identity.AccountPrincipal;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Entering a certificate (initial or renewal) and revoking one. Revocation takes two steps
 * without any script: the reason and the day, then a page that says what will happen and asks
 * for confirmation.
 */
@Controller
record CertificationPageController(CertificationService service, EnterpriseQueries queries, PortalMessages messages) {

    static final String VIEW_FORM = "enterprise/certification-form";
    static final String VIEW_REVOKE = "enterprise/revoke";

    /** Conflicts that belong beside a field of the form. */
    private static final Map<String, String> CONFLICT_FIELDS = Map.of(
            "error.certification.duplicateNumber", "certificateNo",
            "error.certification.overlaps", "issuedOn",
            "error.certification.nothingToRenew", "kind");

    @GetMapping("/enterprises/{id}/certifications/new")
    String newForm(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                   @RequestParam(required = false) String kind, Model model) {
        EnterpriseView enterprise = queries.editable(me, id);
        List<CertificationView> existing = queries.certifications(me, id);
        CertificationKind preset = "RENEWAL".equals(kind) || "INITIAL".equals(kind) ? CertificationKind.valueOf(kind)
                : existing.stream().anyMatch(c -> !c.revoked()) ? CertificationKind.RENEWAL : CertificationKind.INITIAL;
        return form(model, enterprise, existing, CertificationPageForm.blank(preset), FormErrors.none());
    }

    @PostMapping("/enterprises/{id}/certifications")
    String certify(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                   @ModelAttribute("form") CertificationPageForm form, Locale locale, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        EnterpriseView enterprise = queries.editable(me, id);
        List<FieldError> problems = new ArrayList<>();
        NewCertification request = form.toNewCertification(problems);
        FormSubmission submission = messages.submission(problems, CertificationPageForm.FIELDS, locale, response);
        CONFLICT_FIELDS.forEach(submission::placing);
        return submission.save(() -> {
            CertificationView created = service.certify(me, id, request);
            redirect.addFlashAttribute("notice", messages.text("certification.flash.created", locale,
                    created.certificateNo(), messages.date(created.expiresOn(), locale)));
            return "redirect:/enterprises/" + id;
        }, errors -> form(model, enterprise, queries.certifications(me, id), form, errors));
    }

    @GetMapping("/enterprises/{id}/certifications/{certificationId}/revoke")
    String revokeForm(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                      @PathVariable long certificationId, Model model) {
        EnterpriseView enterprise = queries.editable(me, id);
        CertificationView certification = queries.certification(me, id, certificationId);
        return revokePage(model, enterprise, certification, RevocationPageForm.blank(queries.today()),
                FormErrors.none(), false);
    }

    /**
     * The first submission (without {@code confirmed}) checks the reason and the day and shows
     * the confirmation; the second revokes. {@code back} returns to the first step as typed.
     */
    @PostMapping("/enterprises/{id}/certifications/{certificationId}/revoke")
    String revoke(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                  @PathVariable long certificationId, @ModelAttribute("form") RevocationPageForm form,
                  @RequestParam(required = false) String back, Locale locale, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        EnterpriseView enterprise = queries.editable(me, id);
        CertificationView certification = queries.certification(me, id, certificationId);
        if (certification.revoked()) {
            redirect.addFlashAttribute("error", messages.text("error.certification.alreadyRevoked", locale,
                    certification.certificateNo(), String.valueOf(certification.revokedOn())));
            return "redirect:/enterprises/" + id;
        }
        if (back != null) {
            return revokePage(model, enterprise, certification, form, FormErrors.none(), false);
        }
        List<FieldError> problems = firstStepProblems(form, certification);
        if (problems.isEmpty() && !form.isConfirmed()) {
            return revokePage(model, enterprise, certification, form, FormErrors.none(), true);
        }
        return messages.submission(problems, RevocationPageForm.FIELDS, locale, response).save(() -> {
            service.revoke(me, id, certificationId, form.reason(), LocalDate.parse(form.revokedOn().strip()), null);
            redirect.addFlashAttribute("notice", messages.text("certification.flash.revoked", locale,
                    certification.certificateNo()));
            return "redirect:/enterprises/" + id;
        }, errors -> revokePage(model, enterprise, certification, form, errors, false));
    }

    /** What can be told before asking for confirmation: a reason, and a day that is a date, not ahead, not before issue. */
    private List<FieldError> firstStepProblems(RevocationPageForm form, CertificationView certification) {
        List<FieldError> problems = new ArrayList<>();
        if (form.reason() == null || form.reason().isBlank()) {
            problems.add(new FieldError("reason", "error.certification.reasonRequired", "a reason is required"));
        }
        LocalDate on = EnterprisePageForm.date("revokedOn", form.revokedOn(), problems);
        if (on == null && (form.revokedOn() == null || form.revokedOn().isBlank())) {
            problems.add(new FieldError("revokedOn", "error.field.required", "is required"));
        } else if (on != null && on.isAfter(queries.today())) {
            problems.add(new FieldError("revokedOn", "error.certification.revokedOn.future", "must not be in the future"));
        } else if (on != null && on.isBefore(certification.issuedOn())) {
            problems.add(new FieldError("revokedOn", "error.certification.revokedBeforeIssue",
                    "must not be before the issue date"));
        }
        return problems;
    }

    private String form(Model model, EnterpriseView enterprise, List<CertificationView> existing,
                        CertificationPageForm form, FormErrors errors) {
        model.addAttribute("enterprise", enterprise);
        model.addAttribute("certifications", existing);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", CertificationKind.values());
        return VIEW_FORM;
    }

    private String revokePage(Model model, EnterpriseView enterprise, CertificationView certification,
                              RevocationPageForm form, FormErrors errors, boolean confirming) {
        model.addAttribute("enterprise", enterprise);
        model.addAttribute("certification", certification);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("confirming", confirming);
        return VIEW_REVOKE;
    }
}
