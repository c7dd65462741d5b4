package cn.kjj.platform.account;

import static cn.kjj.platform.portal.RegistryPageFixtures.ADMIN;
import static cn.kjj.platform.portal.RegistryPageFixtures.OFFICIAL;
import static cn.kjj.platform.portal.RegistryPageFixtures.html;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.kjj.platform.PortalTest;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.Role;
import cn.kjj.platform.portal.RegistryPageFixtures;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

@PortalTest
class AccountAdminPagesTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final String PASSWORD = "a-good-password";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountRepository accounts;

    @Autowired
    AccountService service;

    AccountPrincipal admin;
    AccountPrincipal official;

    @BeforeEach
    void setUp() {
        RegistryPageFixtures fixtures = new RegistryPageFixtures(context);
        admin = fixtures.principal(ADMIN);
        official = fixtures.principal(OFFICIAL);
    }

    @Test
    void anOfficialMayNeitherOpenTheAccountsPageNorPostToIt() throws Exception {
        mvc.perform(get("/admin/users").with(user(official))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users/new").with(user(official))).andExpect(status().isForbidden());
        String username = username();
        mvc.perform(post("/admin/users").with(user(official)).with(csrf())
                        .param("username", username).param("password", PASSWORD).param("displayName", "x")
                        .param("roles", "ADMIN"))
                .andExpect(status().isForbidden());
        assertThat(accounts.existsByUsername(username)).isFalse();
        assertThat(html(mvc.perform(get("/").with(user(official))).andReturn()))
                .doesNotContain("href=\"/admin/users\"").contains("href=\"/account/tokens\"");
    }

    @Test
    void theAdminSeesTheAccountsListWithRolesAndRegions() throws Exception {
        String page = html(mvc.perform(get("/admin/users").param("sort", "username,asc").with(user(admin)))
                .andExpect(status().isOk()).andReturn());
        assertThat(page).contains("aria-current=\"page\">账户管理</a>").contains("official.jianghai")
                .contains("科技局工作人员").contains("江海区").contains("启用").contains("href=\"/admin/users/new\"");
    }

    @Test
    void theAdminCreatesAnOfficialWithARegionAndTheNewAccountCanLogIn() throws Exception {
        String username = username();
        mvc.perform(post("/admin/users").with(user(admin)).with(csrf())
                        .param("username", username).param("password", PASSWORD).param("displayName", "新科员")
                        .param("roles", "OFFICIAL").param("regionCode", "440704"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/admin/users"));

        AccountView created = service.get(accounts.findByUsername(username).orElseThrow().getId());
        assertThat(created.roles()).containsExactly(Role.OFFICIAL);
        assertThat(created.regionCode()).isEqualTo("440704");
        mvc.perform(formLogin().user(username).password(PASSWORD))
                .andExpect(authenticated().withUsername(username));
    }

    @Test
    void aTooShortPasswordAndAnOfficialWithoutRegionShowErrorsBesideTheFieldsAndStoreNothing() throws Exception {
        String username = username();
        String page = html(mvc.perform(post("/admin/users").with(user(admin)).with(csrf())
                        .param("username", username).param("password", "short").param("displayName", "原样保留")
                        .param("roles", "OFFICIAL").param("regionCode", ""))
                .andExpect(status().isBadRequest()).andReturn());

        assertThat(page).contains("id=\"password-error\">密码须为 12 到 128 个字符</p>")
                .contains("id=\"regionCode-error\">科技局工作人员账号必须指定所属区域</p>")
                .contains("value=\"" + username + "\"").contains("value=\"原样保留\"")
                .contains("value=\"OFFICIAL\" id=\"role-OFFICIAL\" checked=\"checked\"")
                .doesNotContain("value=\"short\"");
        assertThat(accounts.existsByUsername(username)).isFalse();
    }

    @Test
    void aTakenUsernameShowsAMessageBesideTheUsername() throws Exception {
        String page = html(mvc.perform(post("/admin/users").with(user(admin)).with(csrf())
                        .param("username", "analyst").param("password", PASSWORD).param("displayName", "重名")
                        .param("roles", "ANALYST"))
                .andExpect(status().isConflict()).andReturn());
        assertThat(page).contains("id=\"username-error\">用户名 analyst 已被占用。</p>");
    }

    @Test
    void disablingAnAccountStopsItsLogin() throws Exception {
        String username = username();
        mvc.perform(post("/admin/users").with(user(admin)).with(csrf())
                        .param("username", username).param("password", PASSWORD).param("displayName", "将被停用")
                        .param("roles", "ANALYST"))
                .andExpect(status().isFound());
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(authenticated());
        Long id = accounts.findByUsername(username).orElseThrow().getId();

        assertThat(html(mvc.perform(get("/admin/users/{id}/edit", id).with(user(admin)))
                .andExpect(status().isOk()).andReturn())).contains("value=\"" + username + "\"");
        mvc.perform(post("/admin/users/{id}/edit", id).with(user(admin)).with(csrf())
                        .param("displayName", "已停用").param("roles", "ANALYST").param("enabled", "false"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/admin/users"));

        assertThat(accounts.findByUsername(username).orElseThrow().isEnabled()).isFalse();
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(unauthenticated());
    }

    private static String username() {
        return "t" + System.nanoTime() % 1_000_000_000L + "." + SERIAL.incrementAndGet();
    }
}
