package cn.kjj.platform.program;

import cn.kjj.platform.common.DomainException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** A domain error of the program pages as one sentence in the reader's language, amounts in yuan as written. */
final class ProgramPageMessages {

    private ProgramPageMessages() {
    }

    static String of(MessageSource messages, DomainException e, Locale locale) {
        // MessageFormat would group and round numbers its own way: amounts go in as text
        Object[] args = Arrays.stream(e.args())
                .map(arg -> arg instanceof BigDecimal amount ? amount.toPlainString()
                        : arg instanceof Number n ? n.toString() : arg)
                .toArray();
        return messages.getMessage(e.code(), args, e.getMessage(), locale);
    }
}
