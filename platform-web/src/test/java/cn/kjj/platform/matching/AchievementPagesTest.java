package cn.kjj.platform.matching;

import static cn.kjj.platform.portal.RegistryPageFixtures.ENTERPRISE;
import static cn.kjj.platform.portal.RegistryPageFixtures.OFFICIAL;
import static cn.kjj.platform.portal.RegistryPageFixtures.html;
import static cn.kjj.platform.portal.RegistryPageFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.kjj.platform.PortalTest;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.portal.RegistryPageFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@PortalTest
class AchievementPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    RegistryPageFixtures fixtures;
    AccountPrincipal official;

    @BeforeEach
    void setUp() {
        fixtures = new RegistryPageFixtures(context);
        official = fixtures.principal(OFFICIAL);
    }

    @Test
    void anEnterpriseSearchingChipPackagingFindsTheUniversitysChipPackagingCraft() throws Exception {
        String page = html(mvc.perform(get("/achievements").param("q", "芯片封装")
                .with(user(fixtures.principal(ENTERPRISE)))).andExpect(status().isOk()).andReturn());

        assertThat(page).contains("一种半导体芯片的封装工艺").contains("五邑大学").doesNotContain("发布科技成果");
    }

    @Test
    void aSearchWithMoreThanAThousandHitsSaysMoreThanAThousandAndPagesUpToThem() throws Exception {
        // a made-up word the segmenter keeps whole (consonants only: no stemming touches it)
        StringBuilder tag = new StringBuilder("zq");
        Long.toString(System.nanoTime() % 100_000_000L).chars().forEach(c -> tag.append("bcdfghjkmn".charAt(c - '0')));
        context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("insert into achievement (title, holder, holder_nature, field, ip_type, maturity, transfer_modes, "
                        + "summary, region_code, search_title, search_body) select '批量成果' || n, '五邑大学', "
                        + "'UNIVERSITY', 'NEW_MATERIALS', 'PATENT', 'PILOT', 'LICENSING', '说明', '440704', "
                        + "'批量 成果', :tag from generate_series(1, 1010) n")
                .param("tag", tag.toString()).update();

        String page = html(mvc.perform(get("/achievements").param("q", tag.toString()).with(user(official)))
                .andExpect(status().isOk()).andReturn());

        assertThat(page).contains("超过 1,000 项，按相关度列出前 1,000 项").contains("第 1 / 50 页");
    }

    @Test
    void aFormWithoutTransferModesSaysSoBesideTheCheckBoxesAndACheckedFormSavesBoth() throws Exception {
        MvcResult refused = mvc.perform(post("/achievements").with(user(official)).with(csrf())
                        .param("title", "新型导热胶").param("holder", "江门测试研究院").param("holderNature", "UNIVERSITY")
                        .param("field", "NEW_MATERIALS").param("ipType", "PATENT").param("maturity", "PILOT")
                        .param("regionCode", "440704").param("summary", "导热系数高"))
                .andExpect(status().isBadRequest()).andReturn();
        assertThat(html(refused)).contains("id=\"transferModes-error\">必填</p>").contains("value=\"新型导热胶\"");

        String title = unique("导热胶");
        mvc.perform(post("/achievements").with(user(official)).with(csrf())
                        .param("title", title).param("holder", "江门测试研究院").param("holderNature", "UNIVERSITY")
                        .param("field", "NEW_MATERIALS").param("ipType", "PATENT").param("maturity", "PILOT")
                        .param("transferModes", "LICENSING", "TRANSFER")
                        .param("regionCode", "440704").param("summary", "导热系数高"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/achievements/*"));
        assertThat(html(mvc.perform(get("/achievements").param("q", title).with(user(official))).andReturn()))
                .contains(title).contains("转让、许可");
    }

    @Test
    void anOfficialSeesSuggestedPairsWithTheirReasonsAndAnEnterpriseMayNot() throws Exception {
        String page = html(mvc.perform(get("/matchmakings/suggestions").with(user(official)))
                .andExpect(status().isOk()).andReturn());

        assertThat(page).contains("对接建议").contains("id=\"suggestions\"").contains("同属");
        mvc.perform(get("/matchmakings/suggestions").with(user(fixtures.principal(ENTERPRISE))))
                .andExpect(status().isForbidden());
    }
}
