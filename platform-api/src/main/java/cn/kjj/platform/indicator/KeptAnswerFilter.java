package cn.kjj.platform.indicator;

import cn.kjj.platform.identity.AccountPrincipal;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Answers kept under the {@link DataGeneration} (decisions 0057, 0064): a servlet filter after Spring Security, so
 * the caller is known and authorised before it is consulted. A subclass says which requests it keeps and under
 * which key ({@link #key}: everything the answer depends on). An answer is kept as its JSON bytes with the
 * generation read before it was computed, and served only while the generation is the same. Nothing is served nor
 * kept for a caller without an account or while the generation is {@link DataGeneration#NONE}; anything but a 200
 * in JSON (errors, CSV, XLSX) passes through and is not kept. Every kept answer carries a strong {@code ETag};
 * {@code If-None-Match} naming it is a 304. Requests asking the same key at the same time wait for one computation
 * of it (decision 0069). Bounded: past {@code maxEntries} answers or {@code maxBytes} bytes the least asked are
 * evicted ({@link KeptAnswers}).
 */
public abstract class KeptAnswerFilter extends OncePerRequestFilter {

    /** A kept answer: its JSON bytes with their content type and strong {@code ETag}. */
    private record Answer(String contentType, String etag, byte[] body) {
    }

    private final DataGeneration generation;
    private final KeptAnswers<Answer> answers;

    protected KeptAnswerFilter(DataGeneration generation, int maxEntries, long maxBytes) {
        this.generation = generation;
        this.answers = new KeptAnswers<>(maxEntries, maxBytes, a -> a.body().length);
    }

    /** The key of this request's answer for this caller, or null to compute it without keeping it. */
    protected abstract String key(HttpServletRequest request, AccountPrincipal caller);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        long g = generation.current();
        String key = g == DataGeneration.NONE || auth == null || !(auth.getPrincipal() instanceof AccountPrincipal p)
                ? null : key(request, p);
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        // computed once for all who ask the same at the same time (decision 0069); null: this request's own
        // answer was not to be kept and has been sent as it was
        Answer answer;
        try {
            answer = answers.obtain(key, g, () -> compute(request, response, chain));
        } catch (IOException | ServletException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e); // compute throws nothing else
        }
        if (answer != null) {
            send(request, response, answer);
        }
    }

    /** This request's answer to keep, or null when it is not one (sent as it is). */
    private static Answer compute(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        String type = wrapper.getContentType();
        if (wrapper.getStatus() != HttpServletResponse.SC_OK || type == null
                || !MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(type))) {
            wrapper.copyBodyToResponse();
            return null;
        }
        byte[] body = wrapper.getContentAsByteArray();
        wrapper.resetBuffer();
        return new Answer(type, etag(body), body);
    }

    private static void send(HttpServletRequest request, HttpServletResponse response, Answer a)
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

    /**
     * The start of a key: the path, every query parameter but {@code except} (sorted by name; unknown ones too),
     * {@code Accept} and {@code Accept-Language}.
     */
    protected static StringBuilder address(HttpServletRequest request, Set<String> except) {
        StringBuilder key = new StringBuilder(128).append(request.getRequestURI()).append('?');
        new TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
            if (except.contains(name)) {
                return;
            }
            key.append(name).append('=');
            for (String v : values) {
                key.append(v).append('\u0000');
            }
            key.append('\u0001');
        });
        return key.append('|').append(request.getHeader(HttpHeaders.ACCEPT))
                .append('|').append(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /**
     * Says in the OpenAPI document what a kept-answer filter adds to the {@code GET} of every path {@code kept}
     * accepts: the strong {@code ETag} of a 200 ({@code when}: which of its answers carry one), an {@code
     * If-None-Match} that may name it, and the 304 that answers it. For the filters' own customizers.
     */
    public static void document(OpenAPI openApi, Predicate<String> kept, String when) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> {
            Operation get = item.getGet();
            if (get == null || !kept.test(path) || get.getParameters() != null && get.getParameters().stream()
                    .anyMatch(p -> HttpHeaders.IF_NONE_MATCH.equals(p.getName()))) {
                return;
            }
            get.addParametersItem(new HeaderParameter().name(HttpHeaders.IF_NONE_MATCH).required(false)
                    .schema(new StringSchema()).description("The ETag of an answer the client holds: a 304 without"
                            + " a body while the answer is still the same (" + when + ")."));
            ApiResponses responses = new ApiResponses();
            if (get.getResponses() != null) {
                responses.putAll(get.getResponses());
            }
            ApiResponse ok = responses.get("200");
            if (ok != null) {
                ApiResponse tagged = new ApiResponse().description(ok.getDescription()).content(ok.getContent())
                        .links(ok.getLinks()).headers(ok.getHeaders() == null ? null : new TreeMap<>(ok.getHeaders()));
                responses.addApiResponse("200", tagged.addHeaderObject(HttpHeaders.ETAG, new Header()
                        .schema(new StringSchema()).description("A strong tag of the answer's bytes (" + when + ").")));
            }
            responses.addApiResponse("304", new ApiResponse().description("Not modified: the If-None-Match named"
                    + " the answer's ETag, which is sent again."));
            get.setResponses(responses);
        });
    }

    /** A strong entity tag of the bytes: equal bytes, equal tag, whatever generation computed them. */
    private static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 18))
                    + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
