package cn.kjj.platform.http;

import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.SignedInAccounts;
import cn.kjj.platform.identity.SignedInAccounts.SignedInAccount;
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
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session holds a copy of the signed-in account, written at login and shared by every node
 * through the session store. On each request with a signed-in session this filter checks that copy
 * against the account record, in one indexed read:
 * <ul>
 *   <li>an account that was disabled or removed, or whose password was changed from another
 *       session, ends the session (on whichever node it is used next) and the request goes on
 *       unauthenticated: the portal asks to log in, the API answers 401;</li>
 *   <li>changed roles, region or name take effect at once.</li>
 * </ul>
 * The session remembers its account's stamp ({@code SignedInAccounts.signedIn}) under {@link #STAMP}.
 * Bearer tokens are checked by {@code ApiTokenService} instead.
 *
 * <p>Not a bean (Spring Boot would register it for every request): each security chain adds its
 * own instance right after the security context is loaded.
 */
public final class AccountSessionGuard extends OncePerRequestFilter {

    /** The session attribute holding the account's stamp when the session was last checked. */
    public static final String STAMP = AccountSessionGuard.class.getName() + ".STAMP";

    private static final String CONTEXT_KEY = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

    private final SignedInAccounts accounts;
    private final SecurityContextHolderStrategy contextHolder = SecurityContextHolder.getContextHolderStrategy();

    public AccountSessionGuard(SignedInAccounts accounts) {
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
        Authentication authentication = contextHolder.getContext().getAuthentication();
        if (session != null && session.getAttribute(CONTEXT_KEY) != null && authentication != null
                && authentication.getPrincipal() instanceof AccountPrincipal signedIn) {
            check(session, authentication, signedIn);
        }
        chain.doFilter(request, response);
    }

    private void check(HttpSession session, Authentication authentication, AccountPrincipal signedIn) {
        Optional<SignedInAccount> current = accounts.signedIn(signedIn.id());
        Object remembered = session.getAttribute(STAMP);
        if (current.isEmpty() || remembered != null && !remembered.equals(current.get().stamp())) {
            contextHolder.clearContext();
            session.invalidate();
            return;
        }
        if (remembered == null) {
            remember(session, current.get().stamp());
        }
        if (!current.get().principal().equals(signedIn)) {
            replace(session, authentication, current.get().principal());
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

    /** Static files need no account, and looking at their session would cost a read of the session store. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/images/")
                || path.startsWith("/webjars/");
    }
}
