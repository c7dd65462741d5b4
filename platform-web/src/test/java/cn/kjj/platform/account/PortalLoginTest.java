package cn.kjj.platform.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.kjj.platform.PortalTest;
import cn.kjj.platform.TestAccounts;
import cn.kjj.platform.identity.AccountPrincipal;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.web.servlet.MockMvc;

@PortalTest
class PortalLoginTest {

    private static final String SESSION_COOKIE = "SESSION";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    SessionRepository<? extends Session> sessions;

    @BeforeEach
    void accounts() {
        TestAccounts.ensureExist(context);
    }

    @Test
    void anUnauthenticatedVisitToTheHomePageIsRedirectedToTheLoginPage() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void theLoginPageIsInChineseByDefault() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"zh-CN\">")))
                .andExpect(content().string(containsString("登录区科技局业务平台")))
                .andExpect(content().string(containsString("<label for=\"username\">用户名</label>")));
    }

    @Test
    void theLoginPageSwitchesToEnglishAndTheCookieRemembersTheChoice() throws Exception {
        Cookie lang = mvc.perform(get("/login").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"en\">")))
                .andExpect(content().string(containsString("Log in to the District S&amp;T Bureau Platform")))
                .andExpect(cookie().value("lang", "en"))
                .andReturn().getResponse().getCookie("lang");

        mvc.perform(get("/login").cookie(lang))
                .andExpect(content().string(containsString("<html lang=\"en\">")));

        mvc.perform(get("/login").cookie(lang).param("lang", "zh-CN"))
                .andExpect(content().string(containsString("<html lang=\"zh-CN\">")))
                .andExpect(cookie().value("lang", "zh-CN"));
    }

    @Test
    void anUnsupportedLanguageFallsBackToChinese() throws Exception {
        mvc.perform(get("/login").param("lang", "fr"))
                .andExpect(content().string(containsString("<html lang=\"zh-CN\">")));
    }

    @Test
    void aFormLoginWithCsrfTokenSucceedsAndTheOfficialLandsOnTheDashboardOfTheirDistrict() throws Exception {
        Cookie session = logIn();

        String home = mvc.perform(get("/").cookie(session))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(home)
                .contains("<html lang=\"zh-CN\">")
                .contains(TestAccounts.OFFICIAL_NAME)
                .contains("<h1>江海区 · ")
                .contains("id=\"tile-high-tech\"");
    }

    @Test
    void theOfficialsDashboardSpeaksEnglishWhenAsked() throws Exception {
        Cookie session = logIn();

        String home = mvc.perform(get("/").cookie(session).param("lang", "en"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(home)
                .contains("<html lang=\"en\">")
                .contains(TestAccounts.OFFICIAL_NAME)
                .contains("<h1>Jianghai · ")
                .contains("High-tech enterprises");
    }

    @Test
    void theNavigationShowsAnOfficialItsPagesButNotTheAdministratorsOnes() throws Exception {
        String home = mvc.perform(get("/").cookie(logIn()))
                .andReturn().getResponse().getContentAsString();
        assertThat(home)
                .contains("href=\"/\"", "href=\"/swagger-ui.html\"", "action=\"/logout\"", "href=\"/contracts\"",
                        "href=\"/review\"")
                .doesNotContain("href=\"/admin/users\"");
    }

    @Test
    void aLoginWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login")
                        .param("username", TestAccounts.OFFICIAL)
                        .param("password", TestAccounts.PASSWORD))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
    }

    @Test
    void aWrongPasswordShowsTheErrorOnTheLoginPage() throws Exception {
        mvc.perform(post("/login").with(csrf())
                        .param("username", TestAccounts.OFFICIAL)
                        .param("password", "not-the-password"))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());

        mvc.perform(get("/login").param("error", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("用户名或密码不正确")));
    }

    @Test
    void logoutWithCsrfTokenEndsTheSessionAndSaysSo() throws Exception {
        Cookie session = logIn();

        mvc.perform(post("/logout").cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/login?logout"))
                .andExpect(unauthenticated());

        mvc.perform(get("/").cookie(session))
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login").param("logout", ""))
                .andExpect(content().string(containsString("您已安全退出登录")));
    }

    @Test
    void logoutWithoutCsrfTokenIsRefused() throws Exception {
        Cookie session = logIn();

        mvc.perform(post("/logout").cookie(session))
                .andExpect(status().isForbidden());
        mvc.perform(get("/").cookie(session))
                .andExpect(status().isOk());
    }

    @Test
    void theSessionKeepsThePrincipalWithoutItsPasswordHash() throws Exception {
        Session stored = stored(logIn());

        SecurityContext securityContext = stored.getAttribute("SPRING_SECURITY_CONTEXT");
        AccountPrincipal principal = (AccountPrincipal) securityContext.getAuthentication().getPrincipal();
        assertThat(principal.username()).isEqualTo(TestAccounts.OFFICIAL);
        assertThat(principal.getPassword()).isNull();
    }

    @Test
    void theSessionIdChangesAtLoginAndTheOldOneIsGone() throws Exception {
        Cookie before = mvc.perform(get("/login")).andReturn().getResponse().getCookie(SESSION_COOKIE);
        assertThat(before).as("the login page's CSRF token lives in a session").isNotNull();

        Cookie after = mvc.perform(post("/login").with(csrf()).cookie(before)
                        .param("username", TestAccounts.OFFICIAL)
                        .param("password", TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andReturn().getResponse().getCookie(SESSION_COOKIE);

        assertThat(after).isNotNull();
        assertThat(after.getValue()).isNotEqualTo(before.getValue());
        assertThat(sessions.findById(sessionId(before))).as("no session under the id from before login").isNull();
        mvc.perform(get("/").cookie(before)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/").cookie(after)).andExpect(status().isOk());
        assertThat(stored(after).getMaxInactiveInterval()).as("idle timeout").isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void anExpiredSessionIsCleanedUpAndNoLongerSignsIn() throws Exception {
        Cookie session = logIn();
        context.getBean(JdbcClient.class)
                .sql("update http_session set expiry_time = expiry_time - 31 * 60 * 1000 where session_id = ?")
                .param(sessionId(session)).update();

        ((JdbcIndexedSessionRepository) sessions).cleanUpExpiredSessions();

        assertThat(sessions.findById(sessionId(session))).isNull();
        mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aSignedInVisitToTheLoginPageGoesHome() throws Exception {
        mvc.perform(get("/login").cookie(logIn()))
                .andExpect(redirectedUrl("/"));
    }

    @ParameterizedTest(name = "{0} sees {1} and {2}")
    @CsvSource({
            "admin,             系统管理员,     管理账号和角色",
            "enterprise.demo,   企业用户,       所属企业",
            "analyst,           数据分析员,     只读查看各类名录和科技指标"})
    void eachDemoAccountLogsInWithThePasswordDemoAndSeesItsRole(String username, String role, String detail)
            throws Exception {
        String home = mvc.perform(get("/").cookie(logIn(username, "demo")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(home).contains("<dd class=\"who-username\">" + username + "</dd>").contains(role).contains(detail);
    }

    @ParameterizedTest(name = "{0} lands on the dashboard of {1}")
    @CsvSource({"official.jianghai, 江海区", "official.city, 江门市"})
    void eachDemoOfficialLogsInWithThePasswordDemoAndLandsOnTheDashboardOfTheirRegion(String username, String region)
            throws Exception {
        String home = mvc.perform(get("/").cookie(logIn(username, "demo")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(home).contains("<h1>" + region + " · ").contains("id=\"tile-high-tech\"");
    }

    private Cookie logIn() throws Exception {
        return logIn(TestAccounts.OFFICIAL, TestAccounts.PASSWORD);
    }

    /** The session cookie of a form login; the session itself is in the database (Spring Session JDBC). */
    private Cookie logIn(String username, String password) throws Exception {
        Cookie session = mvc.perform(post("/login").with(csrf())
                        .param("username", username)
                        .param("password", password))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername(username))
                .andReturn().getResponse().getCookie(SESSION_COOKIE);
        assertThat(session).isNotNull();
        assertThat(session.isHttpOnly()).isTrue();
        return session;
    }

    private Session stored(Cookie cookie) {
        Session stored = sessions.findById(sessionId(cookie));
        assertThat(stored).as("the session is in the session store").isNotNull();
        return stored;
    }

    /** The cookie carries the session id Base64-encoded. */
    private static String sessionId(Cookie cookie) {
        return new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
    }
}
