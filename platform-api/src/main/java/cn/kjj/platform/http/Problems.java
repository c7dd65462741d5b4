package cn.kjj.platform.http;

import cn.kjj.platform.common.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.ObjectMapper;

/**
 * RFC 9457 problems of the API: a stable {@code code} property beside {@code type}, {@code title},
 * {@code status} and {@code detail}, the detail taken from the messages files in the reader's
 * language, and the {@code requestId} that the request's log lines carry. Also writes problems
 * where Spring MVC does not (security filters, requests that no controller took).
 */
@Component
public record Problems(MessageSource messages, ObjectProvider<LocaleResolver> localeResolver, ObjectMapper json) {

    /** The stable, dotted error code, e.g. {@code error.validation}; also the message key. */
    public static final String CODE = "code";
    /** RFC 9457: a problem with no more specific type than its HTTP status. */
    public static final URI ABOUT_BLANK = URI.create("about:blank");
    /** Field errors of a 400: {@code [{"field", "code", "message"}]}. */
    public static final String ERRORS = "errors";

    /** One wrong field of a request, as listed in {@code errors}. */
    public record FieldProblem(String field, String code, String message) {
    }

    /** The reader's language, as the application's locale resolver sees it (Accept-Language by default). */
    public Locale locale(HttpServletRequest request) {
        LocaleResolver resolver = localeResolver.getIfAvailable();
        return resolver != null ? resolver.resolveLocale(request) : request.getLocale();
    }

    /**
     * The message for {@code code} in {@code locale}, or {@code fallback} when the messages files
     * lack it. Arguments are formatted as plain text so that ids do not get thousands separators.
     */
    public String message(String code, Object[] args, String fallback, Locale locale) {
        Object[] texts = args == null || args.length == 0 ? null
                : Arrays.stream(args).map(arg -> arg instanceof Named named
                        ? named.displayName(locale) : String.valueOf(arg)).toArray();
        return messages.getMessage(code, texts, fallback, locale);
    }

    /** The message of a validation error: its codes in the messages files, else its own (localised) text. */
    public String messageOf(MessageSourceResolvable error, Locale locale) {
        try {
            return messages.getMessage(error, locale);
        } catch (NoSuchMessageException e) {
            return message("error.validation.field", null, "is invalid", locale);
        }
    }

    public ProblemDetail problem(HttpStatusCode status, String code, Object[] args, String fallback, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(ABOUT_BLANK);
        problem.setDetail(message(code, args, fallback != null ? fallback : reasonPhrase(status), locale));
        problem.setProperty(CODE, code);
        return problem;
    }

    /** A problem for {@code request} in the reader's language, with {@code instance} set to its path. */
    public ProblemDetail problem(HttpServletRequest request, HttpStatusCode status, String code) {
        ProblemDetail problem = problem(status, code, null, null, locale(request));
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    /** Writes {@code problem} as {@code application/problem+json}, with extra {@code headers}. */
    public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem,
                      HttpHeaders headers) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        if (problem.getInstance() == null) {
            problem.setInstance(URI.create(request.getRequestURI()));
        }
        String requestId = RequestIdFilter.of(request);
        if (requestId != null) {
            problem.setProperty(RequestIdFilter.MDC_KEY, requestId);
        }
        response.setStatus(problem.getStatus());
        if (headers != null) {
            headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        }
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), asMap(problem));
    }

    static String reasonPhrase(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known != null ? known.getReasonPhrase() : String.valueOf(status.value());
    }

    private static Map<String, Object> asMap(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", (problem.getType() == null ? ABOUT_BLANK : problem.getType()).toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", problem.getInstance() == null ? null : problem.getInstance().toString());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }
}
