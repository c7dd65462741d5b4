package cn.kjj.platform.account;

import cn.kjj.platform.http.AccountSessionGuard;
import cn.kjj.platform.http.DatabaseUnavailable;
import cn.kjj.platform.http.SecurityHeaders;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.SignedInAccounts;
import cn.kjj.platform.identity.Role;
import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The browser portal: form login with a session, CSRF on every write, and a strict
 * Content-Security-Policy. The session (with its CSRF token) lives in PostgreSQL through Spring
 * Session JDBC, so any node serves any request (see {@link HttpSessionConfiguration}). The API chain ({@code /api/**}, order 1) runs before this one;
 * everything else lands here.
 */
@Configuration(proxyBeanMethods = false)
class PortalSecurityConfiguration {

    static final String LOGIN_PAGE = "/login";

    /** No inline scripts or styles anywhere in the portal: templates use portal.css only. */
    static final String PORTAL_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; frame-ancestors 'none'; form-action 'self'";

    /**
     * Swagger UI's React code sets inline styles, so only its pages also allow them; scripts
     * stay 'self' (see docs/decisions/0009-swagger-ui-content-security-policy.md).
     */
    static final String SWAGGER_UI_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'; form-action 'self'";

    /** The public verification page of a registration certificate, where its QR code leads (decision 0033). */
    static final String VERIFICATION_PAGE = "/verify/{token}";

    /** The administrators' pages: only ADMIN, whatever the page controllers check besides. */
    static final String ADMIN_PATHS = "/admin/**";

    /** An expert's own reviews: EXPERT only (decision 0042). */
    static final String EXPERT_PATHS = "/expert-reviews/**";

    /** What every signed-in account may open, an expert's too: its home, its password and API tokens. */
    private static final String[] SELF_SERVICE_PATHS = {"/", "/account/password", "/account/tokens",
            "/account/tokens/**"};

    /** Files and probes that never need the signed-in account. */
    private static final String[] STATIC_PATHS = {
            "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico", "/actuator/health", "/actuator/health/**"};

    private static final String[] PUBLIC_PATHS = Stream.concat(Arrays.stream(STATIC_PATHS), Stream.of(
            LOGIN_PAGE, "/error", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html"))
            .toArray(String[]::new);

    @Bean
    @Order(2)
    SecurityFilterChain portalSecurityFilterChain(HttpSecurity http, UserDetailsService accounts,
                                                  PasswordEncoder passwordEncoder, LoginThrottle throttle,
                                                  AccountService accountService,
                                                  AuthenticationEventPublisher events,
                                                  DatabaseUnavailable database) throws Exception {
        RequestMatcher swaggerUi = PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");
        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC_PATHS).permitAll()
                        // a certificate's public verification page (decision 0033): nothing else of the portal is open
                        .requestMatchers(HttpMethod.GET, VERIFICATION_PAGE).permitAll()
                        .requestMatchers(ADMIN_PATHS).hasRole(Role.ADMIN.name())
                        // an expert's own reviews (decision 0042); an EXPERT account sees its home, these pages and
                        // its own password and tokens, nothing else of the portal
                        .requestMatchers(EXPERT_PATHS).hasRole(Role.EXPERT.name())
                        .requestMatchers(SELF_SERVICE_PATHS).authenticated()
                        .anyRequest().hasAnyRole(Role.recordRoleNames()))
                .authenticationManager(portalAuthenticationManager(accounts, passwordEncoder, throttle, events))
                // a session whose account was disabled (or whose password changed elsewhere) ends on its next request
                .addFilterAfter(new AccountSessionGuard(accountService), SecurityContextHolderFilter.class)
                .formLogin(form -> form
                        .loginPage(LOGIN_PAGE)
                        .successHandler(rememberingStamp(accountService))
                        .failureHandler(wrongPasswordUnlessUnavailable(database))
                        .permitAll())
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .logoutSuccessUrl(LOGIN_PAGE + "?logout")
                        .permitAll())
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(SecurityHeaders.common())
                .headers(headers -> headers
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(swaggerUi,
                                new ContentSecurityPolicyHeaderWriter(SWAGGER_UI_POLICY)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(swaggerUi),
                                new ContentSecurityPolicyHeaderWriter(PORTAL_POLICY))));
        return http.build();
    }

    /**
     * The portal's own authentication manager, so that the session keeps the principal
     * without its password hash (the account record stays the only place that has it).
     */
    private static AuthenticationManager portalAuthenticationManager(UserDetailsService accounts,
                                                                     PasswordEncoder passwordEncoder,
                                                                     LoginThrottle throttle,
                                                                     AuthenticationEventPublisher events) {
        ProviderManager manager = new ProviderManager(new PrincipalWithoutPassword(
                new ThrottledAuthenticationProvider(accounts, passwordEncoder, throttle)));
        // sign-ins that succeed or fail become events (counted in the metrics)
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    /** To the page asked for (else home), the new session remembering its account's stamp. */
    private static AuthenticationSuccessHandler rememberingStamp(SignedInAccounts accounts) {
        SavedRequestAwareAuthenticationSuccessHandler redirect = new SavedRequestAwareAuthenticationSuccessHandler();
        redirect.setDefaultTargetUrl("/");
        return (request, response, authentication) -> {
            if (authentication.getPrincipal() instanceof AccountPrincipal principal) {
                accounts.signedIn(principal.id()).ifPresent(
                        current -> AccountSessionGuard.remember(request.getSession(), current.stamp()));
            }
            redirect.onAuthenticationSuccess(request, response, authentication);
        };
    }

    /**
     * Back to the form with "wrong user name or password", unless the database was out of reach:
     * then the failure goes on to {@code DatabaseOutageFilter}, which shows the 503 page.
     */
    private static AuthenticationFailureHandler wrongPasswordUnlessUnavailable(DatabaseUnavailable database) {
        AuthenticationFailureHandler wrong = new SimpleUrlAuthenticationFailureHandler(LOGIN_PAGE + "?error");
        return (request, response, exception) -> {
            if (database.explains(exception)) {
                throw exception;
            }
            wrong.onAuthenticationFailure(request, response, exception);
        };
    }

    private record PrincipalWithoutPassword(AuthenticationProvider delegate) implements AuthenticationProvider {

        @Override
        public Authentication authenticate(Authentication authentication) {
            Authentication result = delegate.authenticate(authentication);
            if (result != null && result.getPrincipal() instanceof AccountPrincipal principal) {
                UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(
                        principal.withoutPassword(), null, result.getAuthorities());
                signedIn.setDetails(result.getDetails());
                return signedIn;
            }
            return result;
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return delegate.supports(authentication);
        }
    }
}
