package cn.kjj.platform.account;

import cn.kjj.platform.http.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * 401 as problem JSON with a {@code WWW-Authenticate} challenge: Bearer everywhere, and Basic
 * as well on token creation, the one place that takes a password.
 */
record ApiAuthenticationEntryPoint(Problems problems) implements AuthenticationEntryPoint {

    static final String REALM = "realm=\"kjj\"";

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
            throws IOException {
        HttpHeaders headers = new HttpHeaders();
        boolean tokenRejected = ex instanceof ApiAuthenticationFilter.RejectedTokenException;
        String bearer = "Bearer " + REALM + (tokenRejected ? ", error=\"invalid_token\"" : "");
        headers.add(HttpHeaders.WWW_AUTHENTICATE, bearer);
        if (ApiSecurityConfiguration.TOKEN_CREATION.matches(request)) {
            headers.add(HttpHeaders.WWW_AUTHENTICATE, "Basic " + REALM + ", charset=\"UTF-8\"");
        }
        problems.write(request, response, problems.problem(request, HttpStatus.UNAUTHORIZED, codeOf(ex)), headers);
    }

    /** Wrong password, unknown user and disabled account look the same, so that none is revealed. */
    private static String codeOf(AuthenticationException ex) {
        if (ex instanceof ApiAuthenticationFilter.RejectedTokenException) {
            return "error.auth.invalidToken";
        }
        if (ex instanceof ApiAuthenticationFilter.UnsupportedCredentialsException) {
            return "error.auth.schemeNotAccepted";
        }
        if (ex instanceof org.springframework.security.authentication.InsufficientAuthenticationException) {
            return "error.auth.required";
        }
        return "error.auth.badCredentials";
    }
}
