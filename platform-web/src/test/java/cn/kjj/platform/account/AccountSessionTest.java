package cn.kjj.platform.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.kjj.platform.PortalTest;
import cn.kjj.platform.identity.Role;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Portal sessions and accounts: a disabled account's session ends on its next request, a password
 * change keeps the changing session and ends the others, and the form login is throttled.
 */
@PortalTest
class AccountSessionTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final String PASSWORD = "portal session passphrase";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Test
    void aDisabledAccountsSessionEndsOnItsNextRequest() throws Exception {
        AccountView account = newAccount();
        Cookie session = logIn(account.username(), PASSWORD);
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());

        accounts.change(account.id(), new AccountChange(false, null, null, null, null));

        mvc.perform(get("/").cookie(session)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/account/password").cookie(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void changingThePasswordKeepsThisSessionAndEndsTheOthers() throws Exception {
        AccountView account = newAccount();
        Cookie here = logIn(account.username(), PASSWORD);
        Cookie elsewhere = logIn(account.username(), PASSWORD);
        String next = "a completely new passphrase";

        mvc.perform(post("/account/password").cookie(here).with(csrf()).param("currentPassword", PASSWORD)
                        .param("newPassword", next).param("confirmPassword", next))
                .andExpect(redirectedUrl("/account/password"));

        mvc.perform(get("/").cookie(here)).andExpect(status().isOk());
        mvc.perform(get("/").cookie(elsewhere)).andExpect(redirectedUrl("/login"));
        assertThat(logIn(account.username(), next)).isNotNull();
    }

    @Test
    void thePasswordPageIsForSignedInPeopleAndInEveryonesNavigation() throws Exception {
        mvc.perform(get("/account/password")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/account/password").with(csrf()).param("currentPassword", PASSWORD))
                .andExpect(redirectedUrl("/login"));
        Cookie session = logIn(newAccount().username(), PASSWORD);

        assertThat(html(mvc.perform(get("/").cookie(session)).andExpect(status().isOk()).andReturn()))
                .contains("href=\"/account/password\"");
        assertThat(html(mvc.perform(get("/account/password").cookie(session)).andExpect(status().isOk()).andReturn()))
                .contains("autocomplete=\"current-password\"");
    }

    @Test
    void theChangePasswordFormShowsEachMistakeBesideItsField() throws Exception {
        AccountView account = newAccount();
        Cookie session = logIn(account.username(), PASSWORD);

        String page = html(mvc.perform(post("/account/password").cookie(session).with(csrf())
                        .param("currentPassword", "not it").param("newPassword", "short")
                        .param("confirmPassword", "short"))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(page).contains("id=\"currentPassword-error\">当前密码不正确</p>");

        page = html(mvc.perform(post("/account/password").cookie(session).with(csrf())
                        .param("currentPassword", PASSWORD).param("newPassword", "short")
                        .param("confirmPassword", "different"))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(page).contains("id=\"confirmPassword-error\">两次输入的新密码不一致</p>")
                .doesNotContain("value=\"short\"");
    }

    @Test
    void fiveWrongPasswordsLockTheFormLoginAndTheRightOneThenFailsLikeAWrongOne() throws Exception {
        AccountView account = newAccount();
        for (int i = 0; i < LoginThrottle.THRESHOLD; i++) {
            mvc.perform(post("/login").with(csrf()).param("username", account.username()).param("password", "nope-" + i))
                    .andExpect(redirectedUrl("/login?error"));
        }

        mvc.perform(post("/login").with(csrf()).param("username", account.username()).param("password", PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
    }

    private AccountView newAccount() {
        return accounts.create(new NewAccount("session.test" + SERIAL.incrementAndGet() + "." + System.nanoTime() % 100000,
                PASSWORD, "会话测试", Set.of(Role.ANALYST), null, null));
    }

    /** The session cookie of a fresh form login (sessions live in PostgreSQL, out of reach of MockMvc's session objects). */
    private Cookie logIn(String username, String password) throws Exception {
        Cookie session = mvc.perform(post("/login").with(csrf())
                        .param("username", username).param("password", password))
                .andExpect(redirectedUrl("/"))
                .andReturn().getResponse().getCookie("SESSION");
        assertThat(session).as("the session cookie set at login").isNotNull();
        return session;
    }

    private static String html(MvcResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
