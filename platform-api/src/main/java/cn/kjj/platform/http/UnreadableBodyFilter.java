package cn.kjj.platform.http;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.tomcat.util.http.fileupload.FileUploadException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * A body the servlet container cannot read (a multipart body without a boundary or cut short, a
 * part header too long, a form over the container's size limit) fails wherever a parameter is
 * first read: the CSRF filter looking for its token, Spring MVC resolving the multipart request.
 * Uncaught that is a 500, and Tomcat then fails the error page as well, because every later read
 * of a parameter throws the same exception again. This filter, outside the security filters,
 * turns it into 400 (413 for a size) problem JSON under {@code /api} and {@code /actuator}, else
 * the portal's error page. Every error dispatch of a request with a body (whoever failed it) sees
 * the request without its body, so that the error page never trips over it. Nothing has been
 * stored: the failure comes before any controller runs.
 */
public class UnreadableBodyFilter extends OncePerRequestFilter {

    /** After the request id and the database outage filter, before the session and security filters. */
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 20;
    static final String UNREADABLE = "error.body.unreadable";
    static final String REFUSED = UnreadableBodyFilter.class.getName() + ".refused";

    private static final Logger log = LoggerFactory.getLogger(UnreadableBodyFilter.class);

    private final Problems problems;

    UnreadableBodyFilter(Problems problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getDispatcherType() == DispatcherType.ERROR && hasBody(request)) {
            // an error page needs no body, and reading a broken one again would fail the page too
            chain.doFilter(new WithoutBody(request), response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            HttpStatus status = statusOf(e);
            if (status == null || response.isCommitted()) {
                throw e;
            }
            refuse(request, response, status, e);
        }
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, Exception e)
            throws IOException {
        log.info("Unreadable request body on {}: {} ({})", request.getRequestURI(), status.value(), e.getMessage());
        request.setAttribute(REFUSED, status);
        response.resetBuffer();
        if (DatabaseOutageFilter.isMachineFacing(request)) {
            problems.write(request, response, problems.problem(request, status, codeOf(request, status)), null);
        } else {
            response.sendError(status.value());
        }
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getAttribute(REFUSED) != null || request.getContentLengthLong() > 0
                || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
    }

    private static String codeOf(HttpServletRequest request, HttpStatus status) {
        if (status != HttpStatus.CONTENT_TOO_LARGE) {
            return UNREADABLE;
        }
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/") ? "error.upload.tooLarge"
                : RequestBodyLimit.CODE;
    }

    /** 413 for a body over a size limit, 400 for one that cannot be read, null for any other failure. */
    static HttpStatus statusOf(Throwable failure) {
        boolean unreadable = false;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SizeException || t instanceof MaxUploadSizeExceededException
                    || t instanceof RequestBodyLimit.TooLarge
                    || t instanceof InvalidParameterException invalid && invalid.getErrorCode() == 413) {
                return HttpStatus.CONTENT_TOO_LARGE;
            }
            unreadable |= t instanceof InvalidParameterException || t instanceof FileUploadException
                    || t instanceof MultipartException;
        }
        return unreadable ? HttpStatus.BAD_REQUEST : null;
    }

    /**
     * The request as its error page sees it: no content type and no parameters, so that nothing
     * on the way (the locale interceptor, the multipart resolution) asks the container to parse
     * the body again.
     */
    private static final class WithoutBody extends HttpServletRequestWrapper {

        WithoutBody(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public Collection<Part> getParts() {
            return List.of();
        }

        @Override
        public Part getPart(String name) {
            return null;
        }
    }
}
