package cn.kjj.platform.program;

import cn.kjj.platform.common.InvalidInputException.FieldError;
import cn.kjj.platform.portal.FormErrors;
import cn.kjj.platform.portal.PortalMessages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a refused step of an application or a voucher carries back by redirect: the messages beside its
 * fields ({@code fieldErrors}) and what was typed ({@code stepInput}).
 */
final class StepForms {

    private StepForms() {
    }

    static FormErrors failedFields(Model model) {
        FormErrors errors = FormErrors.none();
        if (model.getAttribute("fieldErrors") instanceof Map<?, ?> fields) {
            fields.forEach((field, message) -> errors.addField(field.toString(), message.toString()));
        }
        return errors;
    }

    static Map<String, String> typed(Model model) {
        Map<String, String> typed = new LinkedHashMap<>();
        if (model.getAttribute("stepInput") instanceof Map<?, ?> input) {
            input.forEach((field, value) -> typed.put(field.toString(), value == null ? "" : value.toString()));
        }
        return typed;
    }

    /**
     * Runs a step posted from a page ({@code action} answers its notice, or null for none) and goes back to
     * {@code back} by redirect; a refusal goes back with its message, the messages beside the step's fields
     * and what was typed ({@code failedStep}, {@code fieldErrors}, {@code stepInput}).
     */
    static String submit(PortalMessages messages, String step, Map<String, String> form, List<FieldError> problems,
                         String back, Locale locale, RedirectAttributes redirect, Supplier<String> action) {
        Map<String, String> typed = clean(form);
        return messages.submission(problems, List.copyOf(typed.keySet()), locale, null)
                .staleText("error.conflict.concurrent")
                .save(() -> {
                    String notice = action.get();
                    if (notice != null) {
                        redirect.addFlashAttribute("notice", notice);
                    }
                    return "redirect:" + back;
                }, errors -> {
                    redirect.addFlashAttribute("error", errors.sentence());
                    Map<String, String> fields = new LinkedHashMap<>();
                    errors.fields().keySet().forEach(field -> fields.put(field, errors.of(field)));
                    redirect.addFlashAttribute("failedStep", step);
                    redirect.addFlashAttribute("fieldErrors", fields);
                    redirect.addFlashAttribute("stepInput", typed);
                    return "redirect:" + back;
                });
    }

    /** The form's fields without the CSRF token. */
    static Map<String, String> clean(Map<String, String> form) {
        Map<String, String> typed = new LinkedHashMap<>(form);
        typed.remove("_csrf");
        return typed;
    }
}
