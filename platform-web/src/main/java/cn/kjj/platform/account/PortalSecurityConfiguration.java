package cn.kjj.platform.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The browser portal: form login with a session, CSRF on every write, and a strict
 * Content-Security-Policy. The API chain ({@code /api/**}, order 1) runs before this one;
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

    /** The administrators' pages: only ADMIN, whatever the page controllers check besides. */
    static final String ADMIN_PATHS = "/admin/**";

    private static final String[] PUBLIC_PATHS = {
            LOGIN_PAGE, "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico", "/error",
            "/actuator/health", "/actuator/health/**",
            "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html"};

    @Bean
    @Order(2)
    SecurityFilterChain portalSecurityFilterChain(HttpSecurity http, UserDetailsService accounts,
                                                  PasswordEncoder passwordEncoder,
                                                  AuthenticationEventPublisher events) throws Exception {
        RequestMatcher swaggerUi = PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");
        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC_PATHS).permitAll()
                        .requestMatchers(ADMIN_PATHS).hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .authenticationManager(portalAuthenticationManager(accounts, passwordEncoder, events))
                .formLogin(form -> form
                        .loginPage(LOGIN_PAGE)
                        .defaultSuccessUrl("/")
                        .failureUrl(LOGIN_PAGE + "?error")
                        .permitAll())
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .logoutSuccessUrl(LOGIN_PAGE + "?logout")
                        .permitAll())
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .frameOptions(frame -> frame.deny())
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
                                                                     AuthenticationEventPublisher events) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(passwordEncoder);
        ProviderManager manager = new ProviderManager(new PrincipalWithoutPassword(passwords));
        // sign-ins that succeed or fail become events (counted in the metrics)
        manager.setAuthenticationEventPublisher(events);
        return manager;
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
