package cn.kjj.platform.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.kjj.platform.PortalTest;
import cn.kjj.platform.identity.Role;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Even at DEBUG, a login, a failed login, a password change, a token's creation and its use leave
 * neither the password nor the token in the log.
 */
@PortalTest
@ExtendWith(OutputCaptureExtension.class)
class SecretsInLogsTest {

    private static final String PASSWORD = "secret passphrase for logs";
    private static final String WRONG = "wrong passphrase for logs";
    private static final String NEXT = "next secret passphrase 42";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    private final LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());

    @BeforeEach
    void debug() {
        logging.setLogLevel("cn.kjj.platform", LogLevel.DEBUG);
        logging.setLogLevel("org.springframework.security", LogLevel.DEBUG);
        logging.setLogLevel("org.springframework.web", LogLevel.DEBUG);
    }

    @AfterEach
    void quiet() {
        logging.setLogLevel("cn.kjj.platform", null);
        logging.setLogLevel("org.springframework.security", null);
        logging.setLogLevel("org.springframework.web", null);
    }

    @Test
    void noPasswordAndNoTokenInTheLog(CapturedOutput output) throws Exception {
        String username = "logs.test." + (System.nanoTime() % 1_000_000);
        accounts.create(new NewAccount(username, PASSWORD, "日志测试", Set.of(Role.ANALYST), null, null));

        mvc.perform(post("/login").with(csrf()).param("username", username).param("password", WRONG))
                .andExpect(redirectedUrl("/login?error"));
        var session = mvc.perform(post("/login").with(csrf()).param("username", username).param("password", PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SESSION");
        String created = mvc.perform(post("/api/v1/auth/tokens")
                        .header(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder()
                                .encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"logs\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String token = JsonPath.read(created, "$.token");
        mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isOk());
        mvc.perform(post("/account/password").cookie(session)
                        .with(csrf()).param("currentPassword", PASSWORD).param("newPassword", NEXT)
                        .param("confirmPassword", NEXT))
                .andExpect(redirectedUrl("/account/password"));

        assertThat(output.getAll()).as("something was logged at DEBUG").contains("DEBUG")
                .doesNotContain(PASSWORD).doesNotContain(WRONG).doesNotContain(NEXT)
                .doesNotContain(token).doesNotContain(token.substring(4, 20));
    }
}
