package cn.kjj.platform.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a JSON or form body of more than {@value #MAX_BYTES} bytes with 413 (problem JSON under
 * {@code /api}) before anything reads it: no record needs more, and an endless body would otherwise
 * be parsed whole. Uploads (multipart) have their own, larger limits per kind. Runs just inside the
 * security filters, so that the refusal carries the security headers.
 */
@Component
@Order(-99)
public class RequestBodyLimit extends OncePerRequestFilter {

    public static final long MAX_BYTES = 1024 * 1024;

    private final Problems problems;

    RequestBodyLimit(Problems problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_BYTES && !isMultipart(request)) {
            if (request.getRequestURI().startsWith("/api/")) {
                problems.write(request, response,
                        problems.problem(request, HttpStatus.CONTENT_TOO_LARGE, "error.request.tooLarge"), null);
            } else {
                response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase().startsWith("multipart/");
    }
}
