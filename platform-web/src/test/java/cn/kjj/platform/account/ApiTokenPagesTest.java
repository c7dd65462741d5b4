package cn.kjj.platform.account;

import static cn.kjj.platform.portal.RegistryPageFixtures.ANALYST;
import static cn.kjj.platform.portal.RegistryPageFixtures.html;
import static cn.kjj.platform.portal.RegistryPageFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.kjj.platform.PortalTest;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.portal.RegistryPageFixtures;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

@PortalTest
class ApiTokenPagesTest {

    private static final Pattern TOKEN = Pattern.compile("kjj_[A-Za-z0-9_-]{20,}");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    ApiTokenService tokens;

    AccountPrincipal analyst;

    @BeforeEach
    void setUp() {
        analyst = new RegistryPageFixtures(context).principal(ANALYST);
    }

    @Test
    void anAnalystCreatesATokenSeesItOnceAndThenOnlyItsNameInTheList() throws Exception {
        String name = unique("报表脚本");
        String created = html(mvc.perform(post("/account/tokens").with(user(analyst)).with(csrf())
                        .param("name", name).param("expiresInDays", "30"))
                .andExpect(status().isOk()).andReturn());
        String token = tokenIn(created);
        assertThat(created).contains("请立即复制此令牌并妥善保存：它不会再次显示。")
                .contains("curl -H &quot;Authorization: Bearer " + token + "&quot; http://localhost/api/v1/me")
                .contains(name);

        String list = html(mvc.perform(get("/account/tokens").with(user(analyst)))
                .andExpect(status().isOk()).andReturn());
        assertThat(list).contains("aria-current=\"page\">我的令牌</a>").contains(name).contains("有效")
                .doesNotContain(token).doesNotContainPattern(TOKEN.pattern());
    }

    @Test
    void theNewTokenWorksOnTheApiAndOnceRevokedTheApiAnswersUnauthorized() throws Exception {
        String name = unique("script");
        String token = tokenIn(html(mvc.perform(post("/account/tokens").with(user(analyst)).with(csrf())
                .param("name", name).param("expiresInDays", "7")).andReturn()));

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

        long id = tokens.list(analyst).stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow().id();
        mvc.perform(post("/account/tokens/{id}/revoke", id).with(user(analyst)).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/account/tokens"));

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
        assertThat(html(mvc.perform(get("/account/tokens").with(user(analyst))).andReturn()))
                .contains(name).contains("已撤销");
    }

    @Test
    void revokingWithoutTheCsrfTokenIsRefusedAndTheConfirmationNeedsNoScript() throws Exception {
        String name = unique("csrf");
        tokens.issue(analyst, name, 1);
        long id = tokens.list(analyst).stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow().id();

        mvc.perform(post("/account/tokens/{id}/revoke", id).with(user(analyst))).andExpect(status().isForbidden());
        assertThat(html(mvc.perform(get("/account/tokens").with(user(analyst))).andReturn()))
                .contains("<details class=\"decision\" id=\"revoke-" + id + "\">")
                .contains("action=\"/account/tokens/" + id + "/revoke\"")
                .doesNotContain("onclick");
    }

    @Test
    void aTokenWithoutNameOrWithTooLongALifeShowsTheMistakesBesideTheFieldsInEnglishWhenAsked() throws Exception {
        String page = html(mvc.perform(post("/account/tokens").with(user(analyst)).with(csrf())
                        .param("name", "kept as typed").param("expiresInDays", "400").param("lang", "en"))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(page).contains("id=\"expiresInDays-error\">must be between 1 and 366 days</p>")
                .contains("value=\"kept as typed\"").contains("value=\"400\"");

        assertThat(html(mvc.perform(post("/account/tokens").with(user(analyst)).with(csrf())
                        .param("name", " ").param("expiresInDays", "30"))
                .andExpect(status().isBadRequest()).andReturn()))
                .contains("id=\"name-error\">名称须为 1 到 100 个字符</p>");
    }

    private static String tokenIn(String html) {
        Matcher m = TOKEN.matcher(html);
        assertThat(m.find()).as("a token on the page").isTrue();
        return m.group();
    }
}
