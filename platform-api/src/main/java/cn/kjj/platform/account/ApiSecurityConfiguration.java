package cn.kjj.platform.account;

import cn.kjj.platform.http.AccountSessionGuard;
import cn.kjj.platform.http.DatabaseUnavailable;
import cn.kjj.platform.http.Problems;
import cn.kjj.platform.http.SecurityHeaders;
import cn.kjj.platform.identity.Role;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Security of the JSON API ({@code /api/**}), ahead of the portal's chain. Ways in: a bearer
 * token ({@code Authorization: Bearer kjj_...}); HTTP Basic, only to create a token; or the
 * portal's session cookie, which then needs the CSRF token on writes. The API never creates a
 * session. Refusals are problem JSON, never a redirect to the login page.
 *
 * <p>{@link #rules} is the one place that says who may use which endpoint.
 */
@Configuration(proxyBeanMethods = false)
public class ApiSecurityConfiguration {

    public static final String API_PATTERN = "/api/**";
    static final String TOKENS = "/api/v1/auth/tokens";
    /** The only request on which HTTP Basic credentials are accepted. */
    static final RequestMatcher TOKEN_CREATION = PathPatternRequestMatcher.pathPattern(HttpMethod.POST, TOKENS);

    /**
     * Every role that may use the platform's records: "signed in" means one of these, never EXPERT,
     * whose accounts see only their own reviews (decision 0042).
     */
    static final String[] EVERY_ROLE_BUT_EXPERT = Role.recordRoleNames();

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiTokenService tokens, UserDetailsService users,
                                               PasswordEncoder passwordEncoder, LoginThrottle throttle,
                                               AccountService accounts, Problems problems,
                                               DatabaseUnavailable database) {
        ApiAuthenticationEntryPoint entryPoint = new ApiAuthenticationEntryPoint(problems);
        ApiAuthenticationFilter authentication = new ApiAuthenticationFilter(tokens,
                passwordManager(users, passwordEncoder, throttle), entryPoint, problems, database);
        http.securityMatcher(API_PATTERN)
                .authorizeHttpRequests(ApiSecurityConfiguration::rules)
                // a portal session whose account was disabled (or whose password changed elsewhere) ends here
                .addFilterAfter(new AccountSessionGuard(accounts), SecurityContextHolderFilter.class);
        return stateless(http, authentication, entryPoint, problems).build();
    }

    /**
     * What the API's chain and the actuator's share: {@code authentication} by the
     * {@code Authorization} header, CSRF only on writes with a session cookie, no session
     * created, the security headers, refusals as problem JSON.
     */
    static HttpSecurity stateless(HttpSecurity http, ApiAuthenticationFilter authentication,
                                  ApiAuthenticationEntryPoint entryPoint, Problems problems) {
        return http.addFilterAt(authentication, BasicAuthenticationFilter.class)
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(ApiSecurityConfiguration::isWriteWithSession))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                // a saved request would create a session on every 401
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .logout(logout -> logout.disable())
                .headers(SecurityHeaders.common())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.API_POLICY)))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(new ApiAccessDeniedHandler(problems)));
    }

    /** Who may use which endpoint. Records outside the caller's scope are the services' concern (404). */
    static void rules(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
        // a certificate's public verification (decision 0033): everyone, signed in or not; nothing else is open
        api.requestMatchers(HttpMethod.GET, "/api/v1/verify/{token}").permitAll()
                .requestMatchers(HttpMethod.POST, TOKENS).authenticated()
                .requestMatchers(HttpMethod.GET, TOKENS).authenticated()
                .requestMatchers(HttpMethod.DELETE, TOKENS + "/{id}").authenticated()
                .requestMatchers(HttpMethod.GET, "/api/v1/me").authenticated()
                .requestMatchers(HttpMethod.POST, "/api/v1/me/password").authenticated()
                // an expert's own reviews (decision 0042): EXPERT only, and an EXPERT account nothing else but
                // its tokens, password and /me above (every other rule names the roles it lets in)
                .requestMatchers(HttpMethod.GET, "/api/v1/expert-reviews", "/api/v1/expert-reviews/**")
                .hasRole(Role.EXPERT.name())
                .requestMatchers("/api/v1/expert-reviews", "/api/v1/expert-reviews/**").denyAll()
                .requestMatchers(HttpMethod.PUT, "/api/v1/program-applications/{id}/reviews/{reviewId}")
                .hasAnyRole(Role.OFFICIAL.name(), Role.ADMIN.name(), Role.EXPERT.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/experts/{id}/account")
                .hasAnyRole(Role.OFFICIAL.name(), Role.ADMIN.name())
                // the audit trail and its chain check: administrators only (officials read theirs in the portal)
                .requestMatchers("/api/v1/audit", "/api/v1/audit/**").hasRole(Role.ADMIN.name())
                .requestMatchers("/api/v1/users", "/api/v1/users/**").hasRole(Role.ADMIN.name())
                .requestMatchers(HttpMethod.GET, "/api/v1/regions").hasAnyRole(EVERY_ROLE_BUT_EXPERT)
                // the working-day calendar and the offices' rule profiles: everyone signed in reads, ADMIN changes
                .requestMatchers(HttpMethod.GET, "/api/v1/calendar").hasAnyRole(EVERY_ROLE_BUT_EXPERT)
                .requestMatchers("/api/v1/calendar", "/api/v1/calendar/**").hasRole(Role.ADMIN.name())
                .requestMatchers(HttpMethod.PUT, "/api/v1/contracts/rules").hasRole(Role.ADMIN.name())
                // contracts registered elsewhere, imported (decision 0036): the staff read, officials their region's
                .requestMatchers(HttpMethod.GET, "/api/v1/contracts/external", "/api/v1/contracts/external/**")
                .hasAnyRole(Role.ADMIN.name(), Role.OFFICIAL.name(), Role.ANALYST.name())
                // technology contracts: every role reads within its scope (an analyst: registered ones);
                // enterprises file, correct, submit and attach; officials (and ADMIN) also decide
                .requestMatchers(HttpMethod.GET, "/api/v1/contracts", "/api/v1/contracts/catalogue",
                        "/api/v1/contracts/grounds", "/api/v1/contracts/{id}", "/api/v1/contracts/{id}/certificate")
                .hasAnyRole(EVERY_ROLE_BUT_EXPERT)
                .requestMatchers(HttpMethod.GET, "/api/v1/contracts/{id}/attachments/{attachmentId}")
                .hasAnyRole(Role.ENTERPRISE.name(), Role.OFFICIAL.name(), Role.ADMIN.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/contracts/{id}/register", "/api/v1/contracts/{id}/return",
                        "/api/v1/contracts/{id}/reject", "/api/v1/contracts/{id}/revoke")
                .hasAnyRole(Role.OFFICIAL.name(), Role.ADMIN.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/contracts", "/api/v1/contracts/{id}/submit",
                        "/api/v1/contracts/{id}/attachments")
                .hasAnyRole(Role.ENTERPRISE.name(), Role.OFFICIAL.name(), Role.ADMIN.name())
                .requestMatchers(HttpMethod.PUT, "/api/v1/contracts/{id}")
                .hasAnyRole(Role.ENTERPRISE.name(), Role.OFFICIAL.name(), Role.ADMIN.name())
                .requestMatchers("/api/v1/contracts", "/api/v1/contracts/**").hasAnyRole(EVERY_ROLE_BUT_EXPERT)
                // high-tech recognition (issue 14): the enterprise enters its own figures, applies and files its
                // reports; officials in scope (the service checks district / city for recommend / result) and ADMIN
                .requestMatchers(HttpMethod.PUT, "/api/v1/enterprises/{id}/annual-figures/{year}",
                        "/api/v1/enterprises/{id}/high-tech-reports/{year}")
                .hasAnyRole(Role.ADMIN.name(), Role.OFFICIAL.name(), Role.ENTERPRISE.name())
                .requestMatchers(HttpMethod.GET, "/api/v1/enterprises/{id}/annual-figures/{year}/history",
                        "/api/v1/high-tech-applications/{id}/history")
                .hasAnyRole(Role.ADMIN.name(), Role.OFFICIAL.name(), Role.ENTERPRISE.name())
                .requestMatchers(HttpMethod.GET, "/api/v1/certifications/missing-reports")
                .hasAnyRole(Role.ADMIN.name(), Role.OFFICIAL.name(), Role.ANALYST.name())
                .requestMatchers(HttpMethod.GET, "/api/v1/high-tech-applications", "/api/v1/high-tech-applications/**")
                .hasAnyRole(EVERY_ROLE_BUT_EXPERT)
                .requestMatchers(HttpMethod.POST, "/api/v1/high-tech-applications")
                .hasAnyRole(Role.ADMIN.name(), Role.OFFICIAL.name(), Role.ENTERPRISE.name())
                .requestMatchers("/api/v1/high-tech-applications/**").hasAnyRole(Role.ADMIN.name(), Role.OFFICIAL.name())
                // enterprises and high-tech certificates: every role reads within its scope (an enterprise its
                // own); the change history not for analysts; the renewal pipeline for officials and analysts;
                // officials (in their region) and ADMIN write
                .requestMatchers(HttpMethod.GET, "/api/v1/enterprises/{id}/history")
                .hasAnyRole(Role.ADMIN.name(), Role.OFFICIAL.name(), Role.ENTERPRISE.name())
                .requestMatchers(HttpMethod.GET, "/api/v1/enterprises", "/api/v1/enterprises/**")
                .hasAnyRole(EVERY_ROLE_BUT_EXPERT)
                .requestMatchers(HttpMethod.GET, "/api/v1/certifications/expiring")
                .hasAnyRole(Role.ADMIN.name(), Role.OFFICIAL.name(), Role.ANALYST.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/enterprises", "/api/v1/enterprises/{id}/certifications",
                        "/api/v1/enterprises/{id}/certifications/{certificationId}/revoke")
                .hasAnyRole(Role.ADMIN.name(), Role.OFFICIAL.name())
                .requestMatchers(HttpMethod.PUT, "/api/v1/enterprises/{id}")
                .hasAnyRole(Role.ADMIN.name(), Role.OFFICIAL.name())
                .requestMatchers("/api/v1/enterprises", "/api/v1/enterprises/**", "/api/v1/certifications/**")
                .hasAnyRole(Role.ADMIN.name(), Role.OFFICIAL.name())
                // registries: incubators, R&D platforms, programs (programs and own awards also for enterprises)
                .requestMatchers(HttpMethod.GET, "/api/v1/incubators", "/api/v1/incubators/**",
                        "/api/v1/labs", "/api/v1/labs/**")
                .hasAnyRole(Role.ADMIN.name(), Role.OFFICIAL.name(), Role.ANALYST.name())
                // innovation vouchers and the one-step subsidy (decision 0043): every signed-in role reads
                // vouchers in its scope (an enterprise its own); officials of the region and ADMIN issue and pay;
                // the holder enterprise or the office redeems; the subsidy is the office's
                .requestMatchers(HttpMethod.GET, "/api/v1/vouchers", "/api/v1/vouchers/{id}")
                .hasAnyRole(EVERY_ROLE_BUT_EXPERT)
                .requestMatchers(HttpMethod.POST, "/api/v1/vouchers", "/api/v1/vouchers/{id}/pay")
                .hasAnyRole(Role.OFFICIAL.name(), Role.ADMIN.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/vouchers/{id}/redeem")
                .hasAnyRole(Role.ENTERPRISE.name(), Role.OFFICIAL.name(), Role.ADMIN.name())
                .requestMatchers("/api/v1/vouchers/**").denyAll()
                .requestMatchers("/api/v1/programs/{id}/newly-certified-subsidy")
                .hasAnyRole(Role.OFFICIAL.name(), Role.ADMIN.name())
                .requestMatchers(HttpMethod.GET, "/api/v1/programs", "/api/v1/programs/**").hasAnyRole(EVERY_ROLE_BUT_EXPERT)
                .requestMatchers(HttpMethod.POST, "/api/v1/incubators", "/api/v1/labs", "/api/v1/programs",
                        "/api/v1/programs/{id}/awards")
                .hasAnyRole(Role.ADMIN.name(), Role.OFFICIAL.name())
                .requestMatchers(HttpMethod.PUT, "/api/v1/incubators/{id}", "/api/v1/labs/{id}", "/api/v1/programs/{id}")
                .hasAnyRole(Role.ADMIN.name(), Role.OFFICIAL.name())
                // program calls and applications (issue 15): every signed-in role reads within its scope (an
                // enterprise its own applications, never an analyst the documents); enterprises apply, attach and
                // resubmit; officials (their program's region) and ADMIN publish calls and take every other step
                .requestMatchers(HttpMethod.GET, "/api/v1/program-calls/open").hasRole(Role.ENTERPRISE.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/program-calls/{id}/close")
                .hasAnyRole(Role.OFFICIAL.name(), Role.ADMIN.name())
                .requestMatchers(HttpMethod.GET, "/api/v1/program-calls/{id}", "/api/v1/program-applications",
                        "/api/v1/program-applications/{id}").hasAnyRole(EVERY_ROLE_BUT_EXPERT)
                .requestMatchers(HttpMethod.GET, "/api/v1/program-calls/{id}/ranking", "/api/v1/experts",
                        "/api/v1/experts/**").hasAnyRole(Role.ADMIN.name(), Role.OFFICIAL.name(), Role.ANALYST.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/experts").hasAnyRole(Role.OFFICIAL.name(), Role.ADMIN.name())
                .requestMatchers(HttpMethod.PUT, "/api/v1/experts/{id}", "/api/v1/program-applications/{id}/reviews/{reviewId}")
                .hasAnyRole(Role.OFFICIAL.name(), Role.ADMIN.name())
                .requestMatchers(HttpMethod.GET, "/api/v1/program-applications/{id}/attachments/{attachmentId}")
                .hasAnyRole(Role.ENTERPRISE.name(), Role.OFFICIAL.name(), Role.ADMIN.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/programs/{id}/applications",
                        "/api/v1/program-applications/{id}/attachments", "/api/v1/program-applications/{id}/resubmit")
                .hasRole(Role.ENTERPRISE.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/programs/{id}/calls", "/api/v1/program-applications/{id}/*")
                .hasAnyRole(Role.OFFICIAL.name(), Role.ADMIN.name())
                .requestMatchers("/api/v1/program-calls/**", "/api/v1/program-applications/**", "/api/v1/experts/**")
                .denyAll()
                .requestMatchers(HttpMethod.GET, "/api/v1/statistics/**")
                .hasAnyRole(Role.ADMIN.name(), Role.OFFICIAL.name(), Role.ANALYST.name())
                .requestMatchers(HttpMethod.PUT, "/api/v1/statistics/regional/{regionCode}/{year}")
                .hasAnyRole(Role.ADMIN.name(), Role.OFFICIAL.name())
                .requestMatchers("/api/v1/incubators/**", "/api/v1/labs/**", "/api/v1/programs/**",
                        "/api/v1/statistics/**").hasRole(Role.ADMIN.name())
                // the cultivation ladder (issue 14): technology SMEs and targets read by the staff (officials
                // their region), written by officials in their region and ADMIN
                .requestMatchers(HttpMethod.GET, "/api/v1/tech-smes", "/api/v1/tech-smes/**", "/api/v1/targets")
                .hasAnyRole(Role.ADMIN.name(), Role.OFFICIAL.name(), Role.ANALYST.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/tech-smes").hasAnyRole(Role.ADMIN.name(), Role.OFFICIAL.name())
                .requestMatchers(HttpMethod.PUT, "/api/v1/tech-smes/{id}", "/api/v1/targets/{regionCode}/{indicator}/{year}")
                .hasAnyRole(Role.ADMIN.name(), Role.OFFICIAL.name())
                .requestMatchers("/api/v1/tech-smes/**", "/api/v1/targets/**").hasRole(Role.ADMIN.name())
                // the ladder's tiers (decision 0045): read by the staff (officials their region), pool placements by
                // officials in their region and ADMIN; the history names people: not for analysts
                .requestMatchers(HttpMethod.GET, "/api/v1/cultivation/pool/{enterpriseId}/{year}/history")
                .hasAnyRole(Role.ADMIN.name(), Role.OFFICIAL.name())
                .requestMatchers(HttpMethod.GET, "/api/v1/cultivation")
                .hasAnyRole(Role.ADMIN.name(), Role.OFFICIAL.name(), Role.ANALYST.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/cultivation/pool", "/api/v1/cultivation/pool/{enterpriseId}/{year}/remove")
                .hasAnyRole(Role.ADMIN.name(), Role.OFFICIAL.name())
                .requestMatchers("/api/v1/cultivation", "/api/v1/cultivation/**").denyAll()
                // indicators: ANALYST, OFFICIAL and ADMIN read every region; ENTERPRISE 403, anonymous 401
                .requestMatchers(HttpMethod.GET, "/api/v1/indicators", "/api/v1/indicators/**")
                .hasAnyRole(Role.ANALYST.name(), Role.OFFICIAL.name(), Role.ADMIN.name())
                .requestMatchers("/api/v1/indicators", "/api/v1/indicators/**").denyAll()
                // dashboard, annual report, technology-market tables: officials (their region and below, else 404),
                // ANALYST and ADMIN any region, read only; ENTERPRISE 403, anonymous 401
                .requestMatchers(HttpMethod.GET, "/api/v1/dashboard", "/api/v1/reports/annual",
                        "/api/v1/reports/technology-market")
                .hasAnyRole(Role.ANALYST.name(), Role.OFFICIAL.name(), Role.ADMIN.name())
                .requestMatchers("/api/v1/dashboard", "/api/v1/reports/**").denyAll()
                // supply and demand (issue 16): achievements read by everyone signed in, written by the staff who
                // keep records; demands published by enterprises (their own), read by the staff in scope;
                // brokered meetings recorded by officials and ADMIN, read by the staff
                .requestMatchers(HttpMethod.GET, "/api/v1/achievements", "/api/v1/achievements/**",
                        "/api/v1/demands", "/api/v1/demands/**").hasAnyRole(EVERY_ROLE_BUT_EXPERT)
                .requestMatchers(HttpMethod.POST, "/api/v1/achievements").hasAnyRole(Role.ADMIN.name(), Role.OFFICIAL.name())
                .requestMatchers(HttpMethod.PUT, "/api/v1/achievements/{id}").hasAnyRole(Role.ADMIN.name(), Role.OFFICIAL.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/demands", "/api/v1/demands/{id}/close")
                .hasRole(Role.ENTERPRISE.name())
                .requestMatchers(HttpMethod.PUT, "/api/v1/demands/{id}").hasRole(Role.ENTERPRISE.name())
                .requestMatchers(HttpMethod.GET, "/api/v1/matchmakings", "/api/v1/matchmakings/**")
                .hasAnyRole(Role.ADMIN.name(), Role.OFFICIAL.name(), Role.ANALYST.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/matchmakings").hasAnyRole(Role.ADMIN.name(), Role.OFFICIAL.name())
                .requestMatchers(HttpMethod.PUT, "/api/v1/matchmakings/{id}").hasAnyRole(Role.ADMIN.name(), Role.OFFICIAL.name())
                .requestMatchers("/api/v1/achievements/**", "/api/v1/demands/**", "/api/v1/matchmakings/**").denyAll()
                // imports: officials (rows within their region) and ADMIN; a job only to its owner (404)
                .requestMatchers("/api/v1/imports/**").hasAnyRole(Role.OFFICIAL.name(), Role.ADMIN.name())
                .anyRequest().hasAnyRole(EVERY_ROLE_BUT_EXPERT);
    }

    /**
     * CSRF protects what a browser sends on its own: the session cookie. A request with an
     * {@code Authorization} header authenticates by that header alone (see
     * {@link ApiAuthenticationFilter}), and one without a session has nothing to forge.
     */
    static boolean isWriteWithSession(HttpServletRequest request) {
        return !SAFE_METHODS.contains(request.getMethod())
                && request.getHeader(HttpHeaders.AUTHORIZATION) == null
                && request.getSession(false) != null;
    }

    /**
     * Checks username and password for HTTP Basic, throttled like the portal's login (the count is
     * the account's, whichever way in); its own manager, so the portal's stays untouched.
     */
    private static AuthenticationManager passwordManager(UserDetailsService users, PasswordEncoder passwordEncoder,
                                                         LoginThrottle throttle) {
        return new ProviderManager(List.of(new ThrottledAuthenticationProvider(users, passwordEncoder, throttle)));
    }
}
