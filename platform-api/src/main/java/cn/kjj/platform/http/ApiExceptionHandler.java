package cn.kjj.platform.http;

import cn.kjj.platform.common.DomainException;
import cn.kjj.platform.common.InvalidInputException;
import cn.kjj.platform.http.Problems.FieldProblem;
import cn.kjj.platform.http.RequestProblems.Described;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the API's controllers as RFC 9457 problem JSON with a stable {@code code}: domain
 * exceptions by their kind, Bean Validation with the fields at fault, unreadable bodies, conflicts
 * the database found, and anything unexpected as a 500 without internals. Applies to
 * {@code @RestController}s only, so that portal pages keep their HTML error pages; requests under
 * {@code /api} that reach no controller are handled by {@link UnmappedApiRequestResolver}.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final Problems problems;
    private final DatabaseUnavailable database;

    ApiExceptionHandler(Problems problems, DatabaseUnavailable database) {
        this.problems = problems;
        this.database = database;
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<Object> handleDomain(DomainException ex, WebRequest request) {
        HttpStatus status = DomainErrorStatus.of(ex);
        Locale locale = locale(request);
        ProblemDetail body = problems.problem(status, ex.code(), ex.args(), ex.getMessage(), locale);
        if (ex instanceof InvalidInputException invalid) {
            body.setProperty(Problems.ERRORS, invalid.errors().stream()
                    .map(e -> new FieldProblem(e.field(), e.code(),
                            problems.message(e.code(), null, e.defaultMessage(), locale)))
                    .toList());
        }
        return handleExceptionInternal(ex, body, new HttpHeaders(), status, request);
    }

    /** Bean Validation outside the web layer (a service's {@code @Validated} parameters). */
    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException ex, WebRequest request) {
        List<FieldProblem> errors = ex.getConstraintViolations().stream()
                .map(v -> new FieldProblem(lastNode(v.getPropertyPath().toString()), "error.validation",
                        v.getMessage()))
                .toList();
        return validationProblem(ex, errors, request);
    }

    /** A constraint of the schema that the service did not check first, e.g. a concurrent duplicate. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> handleDataIntegrity(DataIntegrityViolationException ex, WebRequest request) {
        // the SQL and the constraint name go to the log, never to the client
        log.warn("Refused by a database constraint: {}", ex.getMostSpecificCause().getMessage());
        return simple(ex, HttpStatus.CONFLICT, "error.conflict.integrity", request);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> handleOptimisticLock(OptimisticLockingFailureException ex, WebRequest request) {
        return simple(ex, HttpStatus.CONFLICT, "error.conflict.concurrent", request);
    }

    /** Method security ({@code @PreAuthorize}) refusing an authenticated caller. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> handleAccessDenied(AccessDeniedException ex, WebRequest request) {
        return simple(ex, HttpStatus.FORBIDDEN, "error.access.denied", request);
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> handleAuthentication(AuthenticationException ex, WebRequest request) {
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"kjj\"");
        ProblemDetail body = problems.problem(HttpStatus.UNAUTHORIZED, "error.auth.required", null, null,
                locale(request));
        return handleExceptionInternal(ex, body, headers, HttpStatus.UNAUTHORIZED, request);
    }

    /**
     * A multipart body the container could not parse (no boundary, cut short, a part header too
     * long): the client's mistake. Uploads over the size limit are the base class's 413.
     */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> handleUnreadableMultipart(MultipartException ex, WebRequest request) {
        log.info("Unreadable multipart body on {}: {}", request.getDescription(false), ex.getMessage());
        return simple(ex, HttpStatus.BAD_REQUEST, UnreadableBodyFilter.UNREADABLE, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) {
        if (database.explains(ex)) {
            return handleDatabaseUnavailable(ex, request);
        }
        if (ex instanceof MultipartException multipart) {
            // before any controller was chosen (UnmappedApiRequestResolver): the same answer
            return handleUnreadableMultipart(multipart, request);
        }
        log.error("Unexpected error on {}", request.getDescription(false), ex);
        return simple(ex, HttpStatus.INTERNAL_SERVER_ERROR, "error.internal", request);
    }

    /** The database cannot be reached: 503 with Retry-After; the client may simply try again later. */
    ResponseEntity<Object> handleDatabaseUnavailable(Exception ex, WebRequest request) {
        log.warn("Database unavailable on {}: {}", request.getDescription(false), ex.getMessage());
        ProblemDetail body = problems.problem(HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnavailable.CODE, null, null,
                locale(request));
        return handleExceptionInternal(ex, body, DatabaseUnavailable.headers(), HttpStatus.SERVICE_UNAVAILABLE,
                request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = locale(request);
        List<FieldProblem> errors = new ArrayList<>();
        ex.getBindingResult().getFieldErrors().forEach(e -> errors.add(fieldProblem(e, locale)));
        ex.getBindingResult().getGlobalErrors().forEach(e -> errors.add(globalProblem(e, locale)));
        return validationProblem(ex, errors, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = locale(request);
        List<FieldProblem> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error -> {
            String field = error instanceof FieldError fe ? fe.getField()
                    : result.getMethodParameter().getParameterName();
            errors.add(new FieldProblem(field, "error.validation", problems.messageOf(error, locale)));
        }));
        return validationProblem(ex, errors, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // a record's constructor refusing a value while the body is read (e.g. a credit code)
        DomainException domain = RequestProblems.find(ex, DomainException.class);
        if (domain != null) {
            return handleDomain(domain, request);
        }
        // a body without Content-Length (chunked) that ran past the limit while it was read
        if (RequestProblems.find(ex, RequestBodyLimit.TooLarge.class) != null) {
            return simple(ex, HttpStatus.CONTENT_TOO_LARGE, RequestBodyLimit.CODE, request);
        }
        return super.handleHttpMessageNotReadable(ex, headers, status, request);
    }

    /** Gives every framework problem (405, 415, unreadable body, ...) its code and localised detail. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        Object problem = body == null && ex instanceof ErrorResponse er ? er.getBody() : body;
        if (problem instanceof ProblemDetail detail
                && request.getAttribute(RequestIdFilter.ATTRIBUTE, WebRequest.SCOPE_REQUEST) instanceof String id) {
            detail.setProperty(RequestIdFilter.MDC_KEY, id);
        }
        if (problem instanceof ProblemDetail detail
                && (detail.getProperties() == null || !detail.getProperties().containsKey(Problems.CODE))) {
            Described described = RequestProblems.describe(ex, statusCode);
            Locale locale = locale(request);
            detail.setProperty(Problems.CODE, described.code());
            if (detail.getType() == null) {
                detail.setType(Problems.ABOUT_BLANK);
            }
            detail.setDetail(problems.message(described.code(), described.args(),
                    Problems.reasonPhrase(statusCode), locale));
            if (!described.fields().isEmpty()) {
                String message = detail.getDetail();
                detail.setProperty(Problems.ERRORS, described.fields().stream()
                        .map(f -> new FieldProblem(f, described.code(), message)).toList());
            }
        }
        return super.handleExceptionInternal(ex, problem, headers, statusCode, request);
    }

    private ResponseEntity<Object> validationProblem(Exception ex, List<FieldProblem> errors, WebRequest request) {
        ProblemDetail body = problems.problem(HttpStatus.BAD_REQUEST, "error.validation", null, null, locale(request));
        // Bean Validation reports in no particular order: sorted, the answer is the same every time
        body.setProperty(Problems.ERRORS, errors.stream()
                .sorted(Comparator.comparing(FieldProblem::field, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(FieldProblem::message, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList());
        return handleExceptionInternal(ex, body, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
    }

    private ResponseEntity<Object> simple(Exception ex, HttpStatus status, String code, WebRequest request) {
        ProblemDetail body = problems.problem(status, code, null, null, locale(request));
        return handleExceptionInternal(ex, body, new HttpHeaders(), status, request);
    }

    private FieldProblem fieldProblem(FieldError error, Locale locale) {
        if (error.isBindingFailure()) {
            // "Failed to convert value of type java.lang.String..." names Java types: say it plainly
            return new FieldProblem(error.getField(), "error.field.typeMismatch",
                    problems.message("error.field.typeMismatch", null, "has the wrong type", locale));
        }
        return new FieldProblem(error.getField(), "error.validation", problems.messageOf(error, locale));
    }

    private FieldProblem globalProblem(ObjectError error, Locale locale) {
        return new FieldProblem(error.getObjectName(), "error.validation", problems.messageOf(error, locale));
    }

    private Locale locale(WebRequest request) {
        if (request instanceof NativeWebRequest nativeRequest) {
            HttpServletRequest servletRequest = nativeRequest.getNativeRequest(HttpServletRequest.class);
            if (servletRequest != null) {
                return problems.locale(servletRequest);
            }
        }
        return request.getLocale();
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
