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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.kjj.platform.PortalTest;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.Role;
import cn.kjj.platform.portal.RegistryPageFixtures;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * On the administrators' account pages: a locked account shows its lock and a button that ends it
 * (audited), and a region or enterprise left blank on the edit form is cleared where the roles allow.
 */
@PortalTest
class AccountUnlockPagesTest {

    private static final String PASSWORD = "unlock-page-password";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountService accounts;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    JdbcClient jdbc;

    AccountPrincipal admin;

    @BeforeEach
    void setUp() {
        admin = new RegistryPageFixtures(context).principal(ADMIN);
    }

    @Test
    void theAdminSeesALockedAccountUnlocksItAndItsPasswordWorksAgain() throws Exception {
        AccountView account = create("0locked", Set.of(Role.ANALYST), null);
        for (int i = 0; i < LoginThrottle.THRESHOLD; i++) {
            throttle.failed(account.username());
        }
        mvc.perform(formLogin().user(account.username()).password(PASSWORD)).andExpect(unauthenticated());

        String list = html(mvc.perform(get("/admin/users").param("sort", "username,asc").with(user(admin)))
                .andExpect(status().isOk()).andReturn());
        assertThat(list).contains("已锁定至 ").contains("action=\"/admin/users/" + account.id() + "/unlock\"")
                .contains("aria-label=\"解除锁定 " + account.username() + "\"");

        mvc.perform(post("/admin/users/{id}/unlock", account.id()).with(user(admin)).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/admin/users"))
                .andExpect(flash().attribute("notice", "已解除账户 " + account.username() + " 的锁定，可以立即用密码登录。"));

        mvc.perform(formLogin().user(account.username()).password(PASSWORD)).andExpect(authenticated());
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'account.unlock' and entity_id = ?")
                .param(String.valueOf(account.id())).query(Long.class).single()).isEqualTo(1);
        assertThat(html(mvc.perform(get("/admin/users").param("sort", "username,asc").with(user(admin))).andReturn()))
                .doesNotContain("action=\"/admin/users/" + account.id() + "/unlock\"");
    }

    @Test
    void anOfficialMayNotUnlock() throws Exception {
        AccountView account = create("0locked-official", Set.of(Role.ANALYST), null);
        AccountPrincipal official = new RegistryPageFixtures(context).principal(OFFICIAL);

        mvc.perform(post("/admin/users/{id}/unlock", account.id()).with(user(official)).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aRegionLeftBlankIsClearedForAnAnalystButRequiredForAnOfficial() throws Exception {
        AccountView analyst = create("0cleared", Set.of(Role.ANALYST), "440704");
        mvc.perform(post("/admin/users/{id}/edit", analyst.id()).with(user(admin)).with(csrf())
                        .param("displayName", "无区域分析员").param("roles", "ANALYST").param("regionCode", "")
                        .param("enterprise", "").param("enabled", "true"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/admin/users"));
        assertThat(regionOf(analyst.id())).isNull();

        AccountView official = create("0kept", Set.of(Role.OFFICIAL), "440704");
        String page = html(mvc.perform(post("/admin/users/{id}/edit", official.id()).with(user(admin)).with(csrf())
                        .param("displayName", "科员").param("roles", "OFFICIAL").param("regionCode", "")
                        .param("enterprise", "").param("enabled", "true"))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(page).contains("id=\"regionCode-error\"");
        assertThat(regionOf(official.id())).isEqualTo("440704");

        mvc.perform(post("/admin/users/{id}/edit", official.id()).with(user(admin)).with(csrf())
                        .param("displayName", "改任分析员").param("roles", "ANALYST").param("regionCode", "")
                        .param("enterprise", "").param("enabled", "true"))
                .andExpect(status().isFound());
        assertThat(regionOf(official.id())).isNull();
    }

    private AccountView create(String prefix, Set<Role> roles, String region) {
        return accounts.create(new NewAccount(prefix + "." + System.nanoTime() % 1_000_000_000L, PASSWORD,
                "解锁测试", roles, region, null));
    }

    private String regionOf(Long id) {
        return jdbc.sql("select region_code from account where id = ?").param(id).query(String.class).optional()
                .orElse(null);
    }
}
