package cn.kjj.platform.account;

import cn.kjj.platform.http.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/** 403 as problem JSON: the role does not allow it, or a session write lacks its CSRF token. */
record ApiAccessDeniedHandler(Problems problems) implements AccessDeniedHandler {

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
            throws IOException {
        String code = ex instanceof CsrfException ? "error.csrf.invalid" : "error.access.denied";
        problems.write(request, response, problems.problem(request, HttpStatus.FORBIDDEN, code), null);
    }
}
