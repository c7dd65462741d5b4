package cn.kjj.platform.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a JSON or form body of more than {@value #MAX_BYTES} bytes with 413 (problem JSON under
 * {@code /api}) before anything reads it: no record needs more, and an endless body would otherwise
 * be parsed whole. A body sent without a length (chunked) is counted while it is read and stops at
 * the limit: reading on throws {@link TooLarge}, which the API answers with the same 413 (forms
 * are read by the container itself, whose own limit is set to the same size in application.yml).
 * Uploads (multipart) have their own, larger limits per kind. Runs just inside the security
 * filters, so that the refusal carries the security headers.
 */
@Component
@Order(-99)
public class RequestBodyLimit extends OncePerRequestFilter {

    public static final long MAX_BYTES = 1024 * 1024;
    static final String CODE = "error.request.tooLarge";

    private final Problems problems;

    RequestBodyLimit(Problems problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isMultipart(request)) {
            chain.doFilter(request, response);
        } else if (request.getContentLengthLong() > MAX_BYTES) {
            if (request.getRequestURI().startsWith("/api/")) {
                problems.write(request, response, problems.problem(request, HttpStatus.CONTENT_TOO_LARGE, CODE), null);
            } else {
                response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
            }
        } else if (request.getContentLengthLong() < 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
            chain.doFilter(new Counted(request), response);
        } else {
            chain.doFilter(request, response);
        }
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase().startsWith("multipart/");
    }

    /** Read past {@link #MAX_BYTES} of a body that came without a length. */
    public static final class TooLarge extends IOException {

        TooLarge() {
            super("request body over " + MAX_BYTES + " bytes");
        }
    }

    /** The request with its body counted as it is read (the message converters read the stream). */
    private static final class Counted extends HttpServletRequestWrapper {

        private ServletInputStream body;

        Counted(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (body == null) {
                body = new CountedStream(super.getInputStream());
            }
            return body;
        }
    }

    private static final class CountedStream extends ServletInputStream {

        private final ServletInputStream in;
        private long read;

        CountedStream(ServletInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLarge {
            read += n;
            if (read > MAX_BYTES) {
                throw new TooLarge();
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
