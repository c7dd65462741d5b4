package cn.kjj.platform.contract;

import cn.kjj.platform.common.DomainException;
import cn.kjj.platform.common.InvalidInputException;
import cn.kjj.platform.portal.PortalFormats;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns the domain's message keys into the reader's language: field errors by their code with
 * the default text as fallback, exceptions by their code and arguments (statuses and actions
 * named in words, not as constants).
 */
@Component
class ContractPageMessages {

    private final MessageSource messages;
    private final ContractPageLabels labels;
    private final PortalFormats formats;

    ContractPageMessages(MessageSource messages, ContractPageLabels labels, PortalFormats formats) {
        this.messages = messages;
        this.labels = labels;
        this.formats = formats;
    }

    /** A date for a sentence, as the page's language writes it. */
    String date(LocalDate date, Locale locale) {
        return formats.date(date, locale);
    }

    String text(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, code, locale);
    }

    String field(InvalidInputException.FieldError error, Locale locale) {
        return messages.getMessage(error.code(), null, error.defaultMessage(), locale);
    }

    /** The whole exception as one sentence; for bad input, its field messages joined. */
    String of(DomainException e, Locale locale) {
        if (e instanceof InvalidInputException invalid) {
            return invalid.errors().stream().map(error -> field(error, locale)).collect(Collectors.joining("；"));
        }
        Object[] args = Arrays.stream(e.args()).map(arg -> argument(arg, locale)).toArray();
        return messages.getMessage(e.code(), args, e.getMessage(), locale);
    }

    private Object argument(Object arg, Locale locale) {
        if (arg instanceof ContractAction action) {
            return text("contract.action." + action.name(), locale);
        }
        if (arg instanceof Enum<?>) {
            return labels.of(arg, locale);
        }
        return arg instanceof Number n ? n.toString() : arg;
    }
}
