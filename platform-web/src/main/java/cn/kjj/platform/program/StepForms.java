package cn.kjj.platform.program;

import cn.kjj.platform.portal.FormErrors;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.ui.Model;

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
}
