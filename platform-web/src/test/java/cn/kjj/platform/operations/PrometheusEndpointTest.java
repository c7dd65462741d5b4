package cn.kjj.platform.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.kjj.platform.PortalTest;
import cn.kjj.platform.TestAccounts;
import cn.kjj.platform.account.ApiTokenService;
import cn.kjj.platform.identity.AccountPrincipal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Prometheus scrapes {@code /actuator/prometheus} with an ADMIN's bearer token; nobody else reads
 * it. The scrape has the HTTP, JVM and connection-pool metrics and the platform's own counters.
 */
@PortalTest
class PrometheusEndpointTest {

    private static final String PROMETHEUS = "/actuator/prometheus";
    private static final Pattern FAILED_LOGINS =
            Pattern.compile("(?m)^platform_logins_total\\{[^}]*result=\"failed\"[^}]*} ([0-9.]+)$");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    UserDetailsService accounts;

    @Test
    void anonymousGets401ProblemAndAnOfficial403() throws Exception {
        MvcResult anonymous = mvc.perform(get(PROMETHEUS)).andReturn();
        assertThat(anonymous.getResponse().getStatus()).isEqualTo(401);
        assertThat(anonymous.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(anonymous.getResponse().getHeader("WWW-Authenticate")).startsWith("Bearer");

        TestAccounts.ensureExist(context);
        assertThat(mvc.perform(get(PROMETHEUS).header("Authorization", bearerOf(TestAccounts.OFFICIAL)))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get(PROMETHEUS).header("Authorization", "Bearer kjj_not-a-token"))
                .andReturn().getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void anAdminScrapesHttpJvmPoolAndPlatformMetricsAndAFailedLoginIsCounted() throws Exception {
        String admin = bearerOf("admin");
        double failedBefore = failedLogins(scrape(admin));

        mvc.perform(post("/login").param("username", "admin").param("password", "wrong-password").with(csrf()));

        String scrape = scrape(admin);
        assertThat(scrape).contains("http_server_requests_seconds_count{", "jvm_memory_used_bytes{",
                "hikaricp_connections_active{", "application=\"platform\"");
        assertThat(failedLogins(scrape)).isEqualTo(failedBefore + 1);
    }

    @Test
    void healthStaysPublic() throws Exception {
        assertThat(mvc.perform(get("/actuator/health")).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    private String scrape(String bearer) throws Exception {
        MvcResult result = mvc.perform(get(PROMETHEUS).header("Authorization", bearer)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).startsWith("text/plain");
        return result.getResponse().getContentAsString();
    }

    private String bearerOf(String username) {
        AccountPrincipal principal = (AccountPrincipal) accounts.loadUserByUsername(username);
        return "Bearer " + tokens.issue(principal, "prometheus test", 1).token();
    }

    private static double failedLogins(String scrape) {
        Matcher matcher = FAILED_LOGINS.matcher(scrape);
        assertThat(matcher.find()).as("platform_logins_total{result=\"failed\"} in the scrape").isTrue();
        return Double.parseDouble(matcher.group(1));
    }
}
