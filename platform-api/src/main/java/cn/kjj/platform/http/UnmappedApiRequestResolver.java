package cn.kjj.platform.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Problem JSON for requests under {@code /api} that fail before any controller is chosen: an
 * unknown route (404), a method the route does not offer (405), an upload over the size limit
 * (413). Controller advice only sees errors of a controller, and without this the servlet
 * container's error page would answer. Runs before Spring MVC's own resolvers.
 */
@Component
record UnmappedApiRequestResolver(ApiExceptionHandler handler, Problems problems)
        implements HandlerExceptionResolver, Ordered {

    static final String API_PREFIX = "/api/";

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object chosen,
                                         Exception ex) {
        if (chosen instanceof HandlerMethod || !isApi(request)) {
            return null;
        }
        ServletWebRequest webRequest = new ServletWebRequest(request, response);
        ResponseEntity<Object> entity;
        try {
            entity = handler.handleException(ex, webRequest);
        } catch (Exception notAnMvcException) {
            entity = handler.handleUnexpected(ex, webRequest);
        }
        if (entity == null || !(entity.getBody() instanceof ProblemDetail problem)) {
            return null;
        }
        try {
            HttpHeaders headers = new HttpHeaders();
            headers.addAll(entity.getHeaders());
            problems.write(request, response, problem, headers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ModelAndView();
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + API_PREFIX);
    }

    @Override
    public int getOrder() {
        // before Spring MVC's resolvers (order 0), which would send the container's error page
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
