package cn.kjj.platform.account;

import cn.kjj.platform.http.DatabaseUnavailable;
import cn.kjj.platform.http.Problems;
import cn.kjj.platform.identity.AccountPrincipal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates an API request by its {@code Authorization} header: a bearer token through
 * {@link ApiTokenService#authenticate}, or HTTP Basic on {@code POST /api/v1/auth/tokens} only.
 * A request that carries the header is judged by it alone (never by a session cookie beside it),
 * and a header that does not authenticate is a 401 at once. Without the header the request goes
 * on unchanged (a portal session may still authenticate it). Nothing is stored in a session.
 */
final class ApiAuthenticationFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiAuthenticationFilter.class);
    private static final String BEARER = "bearer ";
    private static final String BASIC = "basic ";

    private final ApiTokenService tokens;
    private final AuthenticationManager passwords;
    private final AuthenticationEntryPoint entryPoint;
    private final Problems problems;
    private final DatabaseUnavailable database;
    private final BasicAuthenticationConverter basicConverter = new BasicAuthenticationConverter();
    private final SecurityContextHolderStrategy contextHolder = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository requestContext = new RequestAttributeSecurityContextRepository();

    ApiAuthenticationFilter(ApiTokenService tokens, AuthenticationManager passwords,
                            AuthenticationEntryPoint entryPoint, Problems problems, DatabaseUnavailable database) {
        this.tokens = tokens;
        this.passwords = passwords;
        this.entryPoint = entryPoint;
        this.problems = problems;
        this.database = database;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        Authentication authentication;
        try {
            authentication = authenticate(header, request);
        } catch (InternalAuthenticationServiceException e) {
            failUnexpectedly(request, response, e);
            return;
        } catch (AuthenticationException e) {
            contextHolder.clearContext();
            entryPoint.commence(request, response, e);
            return;
        } catch (RuntimeException e) {
            failUnexpectedly(request, response, e);
            return;
        }
        SecurityContext context = contextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        contextHolder.setContext(context);
        // for this request (and its error or async dispatches) only
        requestContext.saveContext(context, request, response);
        chain.doFilter(request, response);
    }

    /**
     * The credentials could not be checked: a 503 problem (with Retry-After) when the database is
     * out of reach, else a 500 problem, rather than the servlet container's error page.
     */
    private void failUnexpectedly(HttpServletRequest request, HttpServletResponse response, RuntimeException e)
            throws IOException {
        contextHolder.clearContext();
        if (database.explains(e)) {
            log.warn("Database unavailable while checking the credentials of {}: {}", request.getRequestURI(),
                    e.getMessage());
            problems.write(request, response, problems.problem(request, HttpStatus.SERVICE_UNAVAILABLE,
                    DatabaseUnavailable.CODE), DatabaseUnavailable.headers());
            return;
        }
        log.error("Could not check the credentials of {}", request.getRequestURI(), e);
        problems.write(request, response,
                problems.problem(request, HttpStatus.INTERNAL_SERVER_ERROR, "error.internal"), null);
    }

    private Authentication authenticate(String header, HttpServletRequest request) {
        String scheme = header.length() < BEARER.length() ? header.toLowerCase(Locale.ROOT)
                : header.substring(0, BEARER.length()).toLowerCase(Locale.ROOT);
        if (scheme.equals(BEARER)) {
            AccountPrincipal principal = tokens.authenticate(header.substring(BEARER.length()).strip())
                    .orElseThrow(() -> new RejectedTokenException("unknown, expired or revoked token"));
            return authenticated(principal);
        }
        if (scheme.startsWith(BASIC) && ApiSecurityConfiguration.TOKEN_CREATION.matches(request)) {
            UsernamePasswordAuthenticationToken credentials = basicConverter.convert(request);
            if (credentials == null) {
                throw new UnsupportedCredentialsException("malformed Basic credentials");
            }
            Authentication result = passwords.authenticate(credentials);
            return authenticated(((AccountPrincipal) result.getPrincipal()).withoutPassword());
        }
        throw new UnsupportedCredentialsException("this Authorization scheme is not accepted here");
    }

    private static Authentication authenticated(AccountPrincipal principal) {
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    /** A bearer token that is unknown, expired, revoked, or belongs to a disabled account. */
    static final class RejectedTokenException extends AuthenticationException {
        RejectedTokenException(String message) {
            super(message);
        }
    }

    /** Basic credentials outside token creation, or an unknown scheme. */
    static final class UnsupportedCredentialsException extends AuthenticationException {
        UnsupportedCredentialsException(String message) {
            super(message);
        }
    }
}
