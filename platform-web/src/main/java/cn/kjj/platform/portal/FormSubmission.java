package cn.kjj.platform.portal;

import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.common.DomainException;
import cn.kjj.platform.common.InvalidInputException;
import cn.kjj.platform.common.InvalidInputException.FieldError;
import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.common.PreconditionFailedException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;

/**
 * The step every portal form shares: save, and on success follow the save's redirect; otherwise
 * show the form again, as typed, with its {@link FormErrors} and the status that says why.
 * <ul>
 *   <li>problems the reading of the form found (a date that is no date) or the domain's
 *       {@link InvalidInputException}: a message beside each field, 400; when the reading found
 *       problems the save is not tried, but {@link #checking the domain's rules} still run, so
 *       that every mistake shows at once;</li>
 *   <li>{@link PreconditionFailedException} or {@link OptimisticLockingFailureException}: the
 *       record changed since the form was opened, "the form is stale", 409;</li>
 *   <li>{@link NotFoundException} and {@link AccessDeniedToRecordException}: not a mistake in
 *       the form, rethrown for the error page (404, 403);</li>
 *   <li>any other {@link DomainException}: its message in the reader's language, beside the
 *       field {@link #placing} names for its code or above the form, with the status
 *       {@link PortalErrorPages#statusOf} gives.</li>
 * </ul>
 * Built by {@link PortalMessages#submission}; one per request.
 */
public final class FormSubmission {

    /** The general "someone changed this record after you opened the form" message. */
    public static final String STALE = "form.stale";

    private final PortalMessages texts;
    private final MessageSource messages;
    private final List<FieldError> problems;
    private final Collection<String> formFields;
    private final Locale locale;
    private final HttpServletResponse response;
    private final Map<String, String> fieldOfCode = new HashMap<>();
    private final Map<String, String> textOfCode = new HashMap<>();
    private UnaryOperator<String> formField = UnaryOperator.identity();
    private Runnable rules = () -> { };
    private String staleText = STALE;
    private boolean versionMismatchExplained;

    FormSubmission(PortalMessages texts, MessageSource messages, List<FieldError> problems,
                   Collection<String> formFields, Locale locale, HttpServletResponse response) {
        this.texts = texts;
        this.messages = messages;
        this.problems = problems;
        this.formFields = formFields;
        this.locale = locale;
        this.response = response;
    }

    /** Maps a domain field (e.g. {@code enterpriseId}) to the form's field that shows it (e.g. {@code enterprise}). */
    public FormSubmission mappingFields(UnaryOperator<String> formField) {
        this.formField = formField;
        return this;
    }

    /** The domain's rules (throwing {@link InvalidInputException}), run when the reading already found problems. */
    public FormSubmission checking(Runnable rules) {
        this.rules = rules;
        return this;
    }

    /** A domain error of this code is shown beside {@code field} (e.g. a duplicate credit code). */
    public FormSubmission placing(String code, String field) {
        fieldOfCode.put(code, field);
        return this;
    }

    /** A domain error of this code is said with the message {@code textCode} instead of its own. */
    public FormSubmission rewording(String code, String textCode) {
        textOfCode.put(code, textCode);
        return this;
    }

    /** The message for a stale form, when this form says it in its own words. */
    public FormSubmission staleText(String textCode) {
        this.staleText = textCode;
        return this;
    }

    /**
     * A {@link PreconditionFailedException} (the version sent is not the record's) is shown with its
     * own message, which names both versions, and its status 412, rather than as a stale form.
     */
    public FormSubmission explainingVersionMismatch() {
        this.versionMismatchExplained = true;
        return this;
    }

    /**
     * @param save saves and answers where to go then (a redirect); not called when the reading
     *             of the form found problems
     * @param page shows the form again with the errors (the caller keeps what was typed)
     */
    public String save(Supplier<String> save, Function<FormErrors, String> page) {
        try {
            if (!problems.isEmpty()) {
                rules.run();
                throw new InvalidInputException(problems);
            }
            return save.get();
        } catch (InvalidInputException e) {
            List<FieldError> all = RegistryForms.combine(problems, e, formField);
            return page.apply(answer(HttpStatus.BAD_REQUEST,
                    FormErrors.of(all, formFields, formField, messages, locale)));
        } catch (OptimisticLockingFailureException e) {
            return page.apply(stale());
        } catch (PreconditionFailedException e) {
            return page.apply(versionMismatchExplained ? rejected(e) : stale());
        } catch (NotFoundException | AccessDeniedToRecordException e) {
            throw e;
        } catch (DomainException e) {
            return page.apply(rejected(e));
        }
    }

    private FormErrors stale() {
        return answer(HttpStatus.CONFLICT, FormErrors.none().addGeneral(texts.text(staleText, locale)));
    }

    private FormErrors rejected(DomainException e) {
        String textCode = textOfCode.get(e.code());
        String message = textCode == null ? texts.of(e, locale) : texts.text(textCode, locale);
        String field = fieldOfCode.get(e.code());
        FormErrors errors = FormErrors.none().add(field != null && formFields.contains(field) ? field : null, message);
        return answer(PortalErrorPages.statusOf(e), errors);
    }

    private FormErrors answer(HttpStatus status, FormErrors errors) {
        response.setStatus(status.value());
        return errors;
    }
}
