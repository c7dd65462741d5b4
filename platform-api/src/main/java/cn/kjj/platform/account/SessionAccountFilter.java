package cn.kjj.platform.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session holds a copy of the signed-in account, written at login and shared by every node
 * through the session store. This filter checks that copy against the account record on each
 * request that comes with a signed-in session: an account that was disabled or removed meanwhile
 * ends the session (on whichever node it is used next), and changed roles, region or name take
 * effect at once. One indexed lookup per request; bearer tokens are checked by
 * {@link ApiTokenService} instead.
 *
 * <p>Not a bean (Spring Boot would register it for every request): each security chain adds its
 * own instance right after the security context is loaded.
 */
public final class SessionAccountFilter extends OncePerRequestFilter {

    private static final String CONTEXT_KEY = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

    private final UserDetailsService accounts;
    private final RequestMatcher skipped;
    private final SecurityContextHolderStrategy contextHolder = SecurityContextHolder.getContextHolderStrategy();

    /** Checks every request of the chain. */
    public SessionAccountFilter(UserDetailsService accounts) {
        this(accounts, request -> false);
    }

    /**
     * Leaves out the requests that {@code skipped} matches (static files): they need no account,
     * and looking at the session would cost them a read of the session store.
     */
    public SessionAccountFilter(UserDetailsService accounts, RequestMatcher skipped) {
        this.accounts = accounts;
        this.skipped = skipped;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return skipped.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication authentication = contextHolder.getContext().getAuthentication();
        if (session != null && session.getAttribute(CONTEXT_KEY) != null && authentication != null
                && authentication.getPrincipal() instanceof AccountPrincipal signedIn) {
            Optional<AccountPrincipal> current = current(signedIn);
            if (current.isEmpty()) {
                contextHolder.clearContext();
                session.invalidate();
            } else if (!current.get().equals(signedIn)) {
                replace(session, authentication, current.get());
            }
        }
        chain.doFilter(request, response);
    }

    /** The account as it is now, without its password hash; empty if it is gone or disabled. */
    private Optional<AccountPrincipal> current(AccountPrincipal signedIn) {
        try {
            AccountPrincipal now = (AccountPrincipal) accounts.loadUserByUsername(signedIn.username());
            return now.id().equals(signedIn.id()) && now.isEnabled()
                    ? Optional.of(now.withoutPassword()) : Optional.empty();
        } catch (UsernameNotFoundException e) {
            return Optional.empty();
        }
    }

    private void replace(HttpSession session, Authentication before, AccountPrincipal now) {
        UsernamePasswordAuthenticationToken refreshed = UsernamePasswordAuthenticationToken.authenticated(
                now, null, now.getAuthorities());
        refreshed.setDetails(before.getDetails());
        SecurityContext context = contextHolder.createEmptyContext();
        context.setAuthentication(refreshed);
        contextHolder.setContext(context);
        session.setAttribute(CONTEXT_KEY, context);
    }
}
