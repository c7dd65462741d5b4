package cn.kjj.platform.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is short and plain
 * (letters, digits, {@code . _ -}, at most 64), else a new UUID. The id is in the logging MDC as
 * {@code requestId} while the request runs (so every log line of the request carries it), in
 * the response header of the same name and in every problem JSON ({@code requestId}), so that a
 * user's error report leads to the log lines. Registered first of all filters by
 * {@link RequestFilterConfiguration}.
 */
public class RequestIdFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Request-Id";
    /** The MDC key, and the property of problem JSON. */
    public static final String MDC_KEY = "requestId";
    /** The request attribute that keeps the id for error dispatches and problem writers. */
    public static final String ATTRIBUTE = RequestIdFilter.class.getName();

    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = idOf(request);
        request.setAttribute(ATTRIBUTE, id);
        response.setHeader(HEADER, id);
        String outer = MDC.get(MDC_KEY);
        MDC.put(MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            if (outer == null) {
                MDC.remove(MDC_KEY);
            } else {
                MDC.put(MDC_KEY, outer);
            }
        }
    }

    /** The error dispatch of a failed request keeps the id of the request. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    /** The id of {@code request}, or {@code null} outside a filtered request. */
    public static String of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof String id ? id : null;
    }

    private static String idOf(HttpServletRequest request) {
        String earlier = of(request);
        if (earlier != null) {
            return earlier;
        }
        String incoming = request.getHeader(HEADER);
        return incoming != null && ACCEPTED.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
    }
}
