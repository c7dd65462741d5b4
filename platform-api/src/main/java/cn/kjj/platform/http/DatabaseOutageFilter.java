package cn.kjj.platform.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 when the database is out of reach before or after the controllers: the portal's
 * sessions live in PostgreSQL, so with a {@code SESSION} cookie the session store (loading the
 * session or the security context, or saving the session at the end) fails outside Spring MVC,
 * where neither {@link ApiExceptionHandler} nor the portal's error pages see it. {@code /api/**}
 * and {@code /actuator/**} get the 503 problem JSON (code {@link DatabaseUnavailable#CODE},
 * {@code requestId}), other paths the portal's {@link UnavailablePage}; both with
 * {@code Retry-After}. Other failures pass on untouched; an answer already sent is only logged.
 */
public class DatabaseOutageFilter extends OncePerRequestFilter {

    /**
     * Right after the request id (first of all, so that the 503 and its log line carry the id)
     * and the observation filter ({@code HIGHEST_PRECEDENCE + 1}, so that the metrics count the
     * 503), before Spring Session's {@code SessionRepositoryFilter} ({@code HIGHEST_PRECEDENCE + 50})
     * and the security filters.
     */
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

    private final DatabaseUnavailable database;
    private final Problems problems;
    private final ObjectProvider<UnavailablePage> page;

    DatabaseOutageFilter(DatabaseUnavailable database, Problems problems, ObjectProvider<UnavailablePage> page) {
        this.database = database;
        this.problems = problems;
        this.page = page;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!database.explains(e)) {
                throw e;
            }
            answer(request, response, e);
        }
    }

    /** The error dispatch of a failed request passes the session store too. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, Exception e) throws IOException {
        if (response.isCommitted()) {
            log.warn("Database unavailable after the answer to {} was sent: {}", request.getRequestURI(), e.getMessage());
            return;
        }
        log.warn("Database unavailable on {}: {}", request.getRequestURI(), e.getMessage());
        response.resetBuffer();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        UnavailablePage portal = page.getIfAvailable();
        if (portal == null || isMachineFacing(request)) {
            problems.write(request, response,
                    problems.problem(request, HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnavailable.CODE), null);
        } else {
            portal.render(request, response);
        }
    }

    /** Under {@code /api} or {@code /actuator}: answered with problem JSON, never a page. */
    static boolean isMachineFacing(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/actuator/")
                || path.equals("/actuator");
    }
}
