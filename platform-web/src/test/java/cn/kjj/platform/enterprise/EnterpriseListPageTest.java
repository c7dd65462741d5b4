package cn.kjj.platform.enterprise;

import static cn.kjj.platform.enterprise.EnterprisePageFixtures.ANALYST;
import static cn.kjj.platform.enterprise.EnterprisePageFixtures.ENTERPRISE;
import static cn.kjj.platform.enterprise.EnterprisePageFixtures.JIANGHAI;
import static cn.kjj.platform.enterprise.EnterprisePageFixtures.OFFICIAL;
import static cn.kjj.platform.enterprise.EnterprisePageFixtures.PENGJIANG;
import static cn.kjj.platform.enterprise.EnterprisePageFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.kjj.platform.PortalTest;
import cn.kjj.platform.identity.AccountPrincipal;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** The enterprise list as officials use it: search, filters, sortable columns, pages, empty states. */
@PortalTest
class EnterpriseListPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    EnterprisePageFixtures fixtures;
    AccountPrincipal official;

    @BeforeEach
    void setUp() {
        fixtures = new EnterprisePageFixtures(context);
        official = fixtures.principal(OFFICIAL);
    }

    @Test
    void anOfficialFindsAnEnterpriseByNameAndSeesUntilWhenItIsHighTech() throws Exception {
        String word = unique("检索");
        EnterpriseView found = fixtures.enterprise(word + "科技有限公司", JIANGHAI);
        CertificationView certificate = fixtures.certificateEndingIn(found.id(), 400);

        String page = html("/enterprises?q=" + word, official);

        assertThat(page).contains("<html lang=\"zh-CN\">")
                .contains("共 1 家企业")
                .contains(">" + word + "科技有限公司</a>")
                .contains("href=\"/enterprises/" + found.id() + "\"")
                .contains(found.creditCode())
                .contains("有效至 " + certificate.expiresOn());
    }

    @Test
    void aSearchWithoutResultsSaysSoAndOffersToClearTheFilters() throws Exception {
        String page = html("/enterprises?q=" + unique("没有这家"), official);

        assertThat(page).contains("没有符合条件的企业")
                .contains("清除条件")
                .contains("登记第一家企业")
                .doesNotContain("class=\"table enterprise-table\"");
    }

    @Test
    void theHighTechFilterKeepsOnlyEnterprisesWithACertificateInForce() throws Exception {
        String word = unique("高企");
        EnterpriseView certified = fixtures.enterprise(word + "甲", JIANGHAI);
        EnterpriseView plain = fixtures.enterprise(word + "乙", JIANGHAI);
        fixtures.certificateEndingIn(certified.id(), 500);

        assertThat(html("/enterprises?q=" + word + "&highTech=true", official))
                .contains(word + "甲").doesNotContain(word + "乙")
                .contains("<option value=\"true\" selected=\"selected\">");
        assertThat(html("/enterprises?q=" + word + "&highTech=false", official))
                .contains(word + "乙").doesNotContain(word + "甲");
        assertThat(plain.highTech()).isFalse();
    }

    @Test
    void columnsSortBothWaysAndTheLinksKeepTheFilters() throws Exception {
        String word = unique("sorting");
        fixtures.enterprise(word + "A", JIANGHAI);
        fixtures.enterprise(word + "B", JIANGHAI);
        fixtures.enterprise(word + "C", JIANGHAI);

        String ascending = html("/enterprises?q=" + word, official);
        String descending = html("/enterprises?q=" + word + "&sort=name,desc", official);

        assertThat(ascending.indexOf(word + "A")).isLessThan(ascending.indexOf(word + "C"));
        assertThat(descending.indexOf(word + "C")).isLessThan(descending.indexOf(word + "A"));
        assertThat(descending).contains("aria-sort=\"descending\"")
                .contains("href=\"/enterprises?q=" + word + "&amp;sort=name,asc\"")
                .contains("href=\"/enterprises?q=" + word + "&amp;sort=employees,asc\"");
    }

    @Test
    void aLongListIsPagedAndTheNextPageKeepsTheSearch() throws Exception {
        String word = unique("paging");
        for (int i = 0; i < 21; i++) {
            fixtures.enterprise(word + String.format("%02d", i), JIANGHAI);
        }

        String first = html("/enterprises?q=" + word, official);
        String second = html("/enterprises?q=" + word + "&sort=name,asc&page=1", official);

        assertThat(first).contains("共 21 家企业").contains("第 1 / 2 页")
                .contains("href=\"/enterprises?q=" + word + "&amp;sort=name,asc&amp;page=1\"")
                .contains(word + "19").doesNotContain(word + "20");
        assertThat(second).contains("第 2 / 2 页").contains(word + "20").doesNotContain(word + "19<");
    }

    @Test
    void aJianghaiOfficialDoesNotFindAPengjiangEnterpriseNorOpenItsPage() throws Exception {
        String word = unique("蓬江");
        EnterpriseView pengjiang = fixtures.enterprise(word, PENGJIANG);

        assertThat(html("/enterprises?q=" + word, official)).contains("没有符合条件的企业");
        mvc.perform(get("/enterprises/{id}", pengjiang.id()).with(user(official))).andExpect(status().isNotFound());
        assertThat(html("/enterprises?q=" + word, fixtures.principal(EnterprisePageFixtures.CITY_OFFICIAL)))
                .contains(">" + word + "</a>");
    }

    @Test
    void theListSpeaksEnglishWhenAsked() throws Exception {
        String page = mvc.perform(get("/enterprises").cookie(new Cookie("lang", "en")).with(user(official)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<html lang=\"en\">").contains("<h1>Enterprises</h1>")
                .contains("Name or unified social credit code").contains("High-tech enterprise");
    }

    @Test
    void theNavigationOffersTheRegistryToOfficialsAndAnalystsAndThePipelineToOfficials() throws Exception {
        assertThat(html("/", official)).contains("href=\"/enterprises\"").contains("href=\"/certifications/expiring\"");
        String analyst = html("/", fixtures.principal(ANALYST));
        assertThat(analyst).contains("href=\"/enterprises\"").doesNotContain("href=\"/certifications/expiring\"");
        assertThat(html("/", fixtures.principal(ENTERPRISE))).doesNotContain("href=\"/enterprises\"");
    }

    private String html(String uri, AccountPrincipal reader) throws Exception {
        return mvc.perform(get(uri).with(user(reader)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
