package cn.kjj.platform.account;

import cn.kjj.platform.http.AccountSessionGuard;
import cn.kjj.platform.http.DatabaseUnavailable;
import cn.kjj.platform.http.Problems;
import cn.kjj.platform.identity.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderNotFoundException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Actuator ({@code /actuator/**}), ahead of the API's and the portal's chains: health is public
 * (load balancers and probes ask it), everything else, the Prometheus scrape included, is for
 * ADMIN only, by bearer token (what a Prometheus server sends) or by a portal session. Refusals
 * are problem JSON (401, 403), never a redirect to the login page. See decision 0022.
 */
@Configuration(proxyBeanMethods = false)
class ActuatorSecurityConfiguration {

    static final String ACTUATOR_PATTERN = "/actuator/**";

    @Bean
    @Order(0)
    SecurityFilterChain actuatorSecurityFilterChain(HttpSecurity http, ApiTokenService tokens, Problems problems,
                                                    DatabaseUnavailable database, AccountService accounts) {
        ApiAuthenticationEntryPoint entryPoint = new ApiAuthenticationEntryPoint(problems);
        // bearer tokens only: the filter takes Basic credentials on token creation alone, never here
        AuthenticationManager noPasswords = credentials -> {
            throw new ProviderNotFoundException("no passwords on actuator endpoints");
        };
        ApiAuthenticationFilter authentication = new ApiAuthenticationFilter(tokens, noPasswords, entryPoint,
                problems, database);
        http.securityMatcher(ACTUATOR_PATTERN)
                .authorizeHttpRequests(actuator -> actuator
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole(Role.ADMIN.name()))
                // an admin's portal session ends here too once the account is disabled
                .addFilterAfter(new AccountSessionGuard(accounts), SecurityContextHolderFilter.class);
        return ApiSecurityConfiguration.stateless(http, authentication, entryPoint, problems).build();
    }
}
