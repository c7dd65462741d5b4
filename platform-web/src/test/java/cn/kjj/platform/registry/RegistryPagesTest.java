package cn.kjj.platform.registry;

import static cn.kjj.platform.portal.RegistryPageFixtures.OFFICIAL;
import static cn.kjj.platform.portal.RegistryPageFixtures.html;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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

/** What the shared registry pages do for every registry (RegistryPageController and its templates). */
@PortalTest
class RegistryPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    AccountPrincipal official;

    @BeforeEach
    void setUp() {
        official = new RegistryPageFixtures(context).principal(OFFICIAL);
    }

    @Test
    void anEditFormOpensWithTheRecordsValuesEachFieldLabelledByItsName() throws Exception {
        Matcher first = Pattern.compile("href=\"(/labs/[0-9]+)\"").matcher(page("/labs"));
        assertThat(first.find()).isTrue();

        String form = page(first.group(1) + "/edit");

        assertThat(form).contains("<label for=\"name\">").contains("id=\"name\" name=\"name\"")
                .contains("<label for=\"recognizedOn\">").contains("id=\"recognizedOn\" name=\"recognizedOn\"")
                .contains("name=\"version\" value=\"")
                .containsPattern("<option value=\"[A-Z_]+\" selected=\"selected\">");
    }

    @Test
    void aFilterValueThatNamesNothingIsIgnoredLikeAnUnknownRegion() throws Exception {
        assertThat(page("/incubators?kind=ZOO&region=999999")).contains("江海区科技企业孵化器")
                .doesNotContain("没有符合条件的孵化载体");
        assertThat(page("/programs?year=abcd")).contains("共 ");
    }

    private String page(String uri) throws Exception {
        return html(mvc.perform(get(uri).with(user(official))).andExpect(status().isOk()).andReturn());
    }
}
