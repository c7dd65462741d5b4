package cn.kjj.platform.portal;

import cn.kjj.platform.common.DomainException;
import cn.kjj.platform.common.InvalidInputException;
import cn.kjj.platform.common.InvalidInputException.FieldError;
import cn.kjj.platform.common.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The domain's message keys in the reader's language, for every portal page: field errors by
 * their code with the default text as fallback, exceptions by their code and arguments (a status,
 * kind or action named in words, not as a constant), and the start of a {@link FormSubmission}.
 */
@Component
public record PortalMessages(MessageSource messages, PortalFormats formats) {

    /** A date for a sentence, as the page's language writes it. */
    public String date(LocalDate date, Locale locale) {
        return formats.date(date, locale);
    }

    public String text(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, code, locale);
    }

    public String field(FieldError error, Locale locale) {
        return messages.getMessage(error.code(), null, error.defaultMessage(), locale);
    }

    /** The whole exception as one sentence; for bad input, its field messages joined. */
    public String of(DomainException e, Locale locale) {
        if (e instanceof InvalidInputException invalid) {
            return invalid.errors().stream().map(error -> field(error, locale)).collect(Collectors.joining("；"));
        }
        Object[] args = Arrays.stream(e.args()).map(arg -> argument(arg, locale)).toArray();
        return messages.getMessage(e.code(), args, e.getMessage(), locale);
    }

    /** The errors beside the fields of a form that shows {@code formFields}, named as the domain names them. */
    public FormErrors errors(List<FieldError> errors, Collection<String> formFields, Locale locale) {
        return FormErrors.of(errors, formFields, UnaryOperator.identity(), messages, locale);
    }

    /**
     * Saving a form whose reading found {@code problems} (possibly none) among its {@code formFields}:
     * see {@link FormSubmission}.
     */
    public FormSubmission submission(List<FieldError> problems, Collection<String> formFields, Locale locale,
                                     HttpServletResponse response) {
        return new FormSubmission(this, messages, problems, formFields, locale, response);
    }

    private static Object argument(Object arg, Locale locale) {
        if (arg instanceof Named named) {
            return named.displayName(locale);
        }
        return arg instanceof Number n ? n.toString() : arg;
    }
}
