package cn.kjj.platform.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a portal session whose account has since been disabled, removed, or had its password
 * changed from another session: on the session's next request it is invalidated and the request
 * goes on unauthenticated (the portal then asks to log in, the API answers 401). The session
 * remembers its account's {@link AccountService#sessionStamp} under {@link #STAMP}; one indexed
 * read per request with a session.
 */
public final class AccountSessionGuard extends OncePerRequestFilter {

    /** The session attribute holding the account's stamp when the session was last checked. */
    public static final String STAMP = AccountSessionGuard.class.getName() + ".STAMP";

    private final AccountService accounts;
    private final SecurityContextHolderStrategy contextHolder = SecurityContextHolder.getContextHolderStrategy();

    public AccountSessionGuard(AccountService accounts) {
        this.accounts = accounts;
    }

    /** After a login or a password change in this session: remember the account's current stamp. */
    public static void remember(HttpSession session, String stamp) {
        session.setAttribute(STAMP, stamp);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication authentication = session == null ? null : contextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            Optional<String> current = accounts.sessionStamp(principal.id());
            Object remembered = session.getAttribute(STAMP);
            if (current.isEmpty() || remembered != null && !remembered.equals(current.get())) {
                contextHolder.clearContext();
                session.invalidate();
            } else if (remembered == null) {
                remember(session, current.get());
            }
        }
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/images/")
                || path.startsWith("/webjars/");
    }
}
