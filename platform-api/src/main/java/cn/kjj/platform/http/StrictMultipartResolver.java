package cn.kjj.platform.http;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Spring Boot's multipart resolver (the container parses, eagerly), except that a multipart body
 * without a single part is refused: Tomcat reads a body whose declared boundary never appears as
 * an empty form instead of failing, and a route that needs no field would then act on it. The
 * refusal is a {@link MultipartException}, answered 400 like any other unreadable body.
 */
@Component(DispatcherServlet.MULTIPART_RESOLVER_BEAN_NAME)
class StrictMultipartResolver extends StandardServletMultipartResolver {

    @Override
    public MultipartHttpServletRequest resolveMultipart(HttpServletRequest request) throws MultipartException {
        MultipartHttpServletRequest resolved = super.resolveMultipart(request);
        try {
            if (request.getParts().isEmpty()) {
                throw new MultipartException("a multipart body without any part: its boundary never appears");
            }
        } catch (IOException | ServletException e) {
            throw new MultipartException("the multipart body cannot be read", e);
        }
        return resolved;
    }
}
