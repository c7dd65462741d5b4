package cn.kjj.platform.indicator;

import cn.kjj.platform.identity.AccountPrincipal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.TreeMap;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A read cache for indicator answers that cannot go stale (decision 0057): {@code GET /api/v1/indicators/{id}}
 * (every indicator, contract turnover with every {@code by=}) and {@code GET /api/v1/reports/technology-market}.
 * Runs after Spring Security, so the caller is known and authorised. An answer is kept as its JSON bytes under
 * everything it depends on: the path, every query parameter (sorted), {@code Accept} and {@code Accept-Language},
 * the caller's reach (what {@code RegionScope} and {@code DashboardAccess} decide by: roles, official region,
 * enterprise) and today's date; with the {@link DataGeneration} read before it was computed, and served only while
 * the generation is the same. Anything but a 200 in JSON (errors, CSV, XLSX) passes through and is not kept.
 * Every answer, kept or not, carries a strong {@code ETag}; {@code If-None-Match} naming it is a 304.
 */
public class IndicatorCacheFilter extends OncePerRequestFilter {

    static final String INDICATORS = "/api/v1/indicators/";
    static final String MARKET = "/api/v1/reports/technology-market";

    private final DataGeneration generation;
    private final KeptAnswers<IndicatorAnswers.Answer> answers;
    private final Clock clock;

    public IndicatorCacheFilter(DataGeneration generation, int maxEntries, long maxBytes, Clock clock) {
        this.generation = generation;
        this.answers = IndicatorAnswers.kept(maxEntries, maxBytes);
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return true;
        }
        String path = request.getRequestURI();
        if (path.equals(MARKET)) {
            return false;
        }
        // one segment after the base: an indicator, not its lineage nor the catalogue
        return !path.startsWith(INDICATORS) || path.length() == INDICATORS.length()
                || path.indexOf('/', INDICATORS.length()) >= 0;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String reach = reach();
        long g = generation.current();
        if (reach == null || g == DataGeneration.NONE) {
            chain.doFilter(request, response);
            return;
        }
        String key = key(request, reach);
        IndicatorAnswers.Answer kept = answers.get(key, g);
        if (kept != null) {
            send(request, response, kept);
            return;
        }
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        String type = wrapper.getContentType();
        if (wrapper.getStatus() != HttpServletResponse.SC_OK || type == null
                || !MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(type))) {
            wrapper.copyBodyToResponse();
            return;
        }
        byte[] body = wrapper.getContentAsByteArray();
        IndicatorAnswers.Answer answer = new IndicatorAnswers.Answer(type, IndicatorAnswers.etag(body), body);
        answers.put(key, g, answer);
        wrapper.resetBuffer();
        send(request, response, answer);
    }

    private static void send(HttpServletRequest request, HttpServletResponse response, IndicatorAnswers.Answer a)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        // Spring's own If-None-Match handling: a 304 with the tag when it names it, the tag on the 200 otherwise
        if (new ServletWebRequest(request, response).checkNotModified(a.etag())) {
            return;
        }
        response.setContentType(a.contentType());
        response.setContentLength(a.body().length);
        response.getOutputStream().write(a.body());
    }

    /** What of the caller an answer may depend on; null (not kept) for a caller who is not an account. */
    private static String reach() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof AccountPrincipal p)) {
            return null;
        }
        return p.readsEveryRegion() ? "*" : p.reach();
    }

    private String key(HttpServletRequest request, String reach) {
        StringBuilder key = new StringBuilder(128).append(request.getRequestURI()).append('?');
        new TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
            key.append(name).append('=');
            for (String v : values) {
                key.append(v).append('\u0000');
            }
            key.append('\u0001');
        });
        return key.append('|').append(request.getHeader(HttpHeaders.ACCEPT))
                .append('|').append(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE))
                .append('|').append(reach)
                .append('|').append(LocalDate.now(clock)).toString();
    }
}
