package cn.kjj.platform.http;

import java.util.List;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;

/**
 * The stable code (and its message arguments) of each request that Spring MVC refused before or
 * while calling a controller: unknown route, wrong method or media type, unreadable body, a
 * parameter of the wrong type. Never exposes the framework's own texts, which name Java types.
 */
final class RequestProblems {

    /** What the client sees: the code, its arguments and, where known, the fields at fault. */
    record Described(String code, Object[] args, List<String> fields) {

        static Described of(String code, Object... args) {
            return new Described(code, args, List.of());
        }
    }

    private static final String BODY_MISSING_PREFIX = "Required request body is missing";

    private RequestProblems() {
    }

    static Described describe(Exception ex, HttpStatusCode status) {
        if (ex instanceof NoResourceFoundException || ex instanceof NoHandlerFoundException) {
            return Described.of("error.route.notFound");
        }
        if (ex instanceof HttpRequestMethodNotSupportedException e) {
            return Described.of("error.method.notAllowed", e.getMethod());
        }
        if (ex instanceof HttpMediaTypeNotSupportedException e) {
            return Described.of("error.media.unsupported",
                    e.getContentType() == null ? "-" : e.getContentType().toString());
        }
        if (ex instanceof HttpMediaTypeNotAcceptableException) {
            return Described.of("error.media.notAcceptable");
        }
        if (ex instanceof MissingServletRequestParameterException e) {
            return new Described("error.parameter.missing", new Object[] {e.getParameterName()},
                    List.of(e.getParameterName()));
        }
        if (ex instanceof MissingRequestHeaderException e) {
            return Described.of("error.header.missing", e.getHeaderName());
        }
        if (ex instanceof MissingServletRequestPartException e) {
            return new Described("error.part.missing", new Object[] {e.getRequestPartName()},
                    List.of(e.getRequestPartName()));
        }
        if (ex instanceof TypeMismatchException e) {
            String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
            return new Described("error.parameter.invalid", new Object[] {name},
                    name == null ? List.of() : List.of(name));
        }
        if (ex instanceof HttpMessageNotReadableException e) {
            return unreadable(e);
        }
        if (ex instanceof MaxUploadSizeExceededException) {
            return Described.of("error.upload.tooLarge");
        }
        return byStatus(status);
    }

    /** A body that is missing, not JSON, or JSON with a value of the wrong type (named when known). */
    private static Described unreadable(HttpMessageNotReadableException ex) {
        if (ex.getMessage() != null && ex.getMessage().startsWith(BODY_MISSING_PREFIX)) {
            return Described.of("error.body.missing");
        }
        JacksonException jackson = find(ex, JacksonException.class);
        // a syntax error is malformed JSON; a number out of range is a bad value of a known field
        if (jackson == null || jackson instanceof StreamReadException && !(jackson instanceof InputCoercionException)) {
            return Described.of("error.json.malformed");
        }
        String field = path(jackson);
        if (field.isEmpty()) {
            return Described.of("error.json.malformed");
        }
        return new Described("error.json.invalidValue", new Object[] {field}, List.of(field));
    }

    /** {@code buyer.creditCode}, {@code roles[0]}: where in the document the bad value sits. */
    static String path(JacksonException ex) {
        StringBuilder sb = new StringBuilder();
        for (JacksonException.Reference ref : ex.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    static <T extends Throwable> T find(Throwable ex, Class<T> type) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    static Described byStatus(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        if (known == null) {
            return Described.of(status.is5xxServerError() ? "error.internal" : "error.request.invalid");
        }
        return switch (known) {
            case UNAUTHORIZED -> Described.of("error.auth.required");
            case FORBIDDEN -> Described.of("error.access.denied");
            case NOT_FOUND -> Described.of("error.notFound");
            case METHOD_NOT_ALLOWED -> Described.of("error.method.notAllowed", "-");
            case CONFLICT -> Described.of("error.conflict");
            case PRECONDITION_FAILED, PRECONDITION_REQUIRED -> Described.of("error.precondition");
            case CONTENT_TOO_LARGE -> Described.of("error.upload.tooLarge");
            case UNSUPPORTED_MEDIA_TYPE -> Described.of("error.media.unsupported", "-");
            case NOT_ACCEPTABLE -> Described.of("error.media.notAcceptable");
            case SERVICE_UNAVAILABLE -> Described.of("error.unavailable");
            default -> Described.of(status.is5xxServerError() ? "error.internal" : "error.request.invalid");
        };
    }
}
