package cn.kjj.platform.lab;

import static cn.kjj.platform.portal.RegistryPageFixtures.DEMO_ENTERPRISE_CODE;
import static cn.kjj.platform.portal.RegistryPageFixtures.DEMO_ENTERPRISE_NAME;
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
class LabPagesTest {

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
    void theDemoPlatformIsListedByKindAndShowsItsHostEnterprise() throws Exception {
        String list = page("/labs?kind=ENGINEERING_TECHNOLOGY_CENTER&region=440700&q=智能装备工程技术研究中心");

        assertThat(list).contains("江门市智能装备工程技术研究中心").contains("工程技术研究中心").contains("省级")
                .contains(DEMO_ENTERPRISE_NAME);
    }

    @Test
    void aPlatformIsRegisteredWithItsHostNamedByCreditCode() throws Exception {
        String name = unique("重点实验室");
        MvcResult created = mvc.perform(post("/labs").with(user(official)).with(csrf())
                        .param("name", name).param("kind", "KEY_LABORATORY").param("level", "MUNICIPAL")
                        .param("regionCode", "440704").param("hostCreditCode", DEMO_ENTERPRISE_CODE.toLowerCase())
                        .param("recognizedOn", "2024-06-30"))
                .andExpect(redirectedUrlPattern("/labs/*")).andReturn();

        assertThat(page(created.getResponse().getRedirectedUrl())).contains(name).contains("重点实验室")
                .contains(DEMO_ENTERPRISE_NAME).contains(DEMO_ENTERPRISE_CODE).contains("2024年6月30日")
                .contains("修改记录");
    }

    @Test
    void anUnknownHostOrNoHostIsNamedBesideTheHostFields() throws Exception {
        MvcResult unknown = mvc.perform(post("/labs").with(user(official)).with(csrf())
                        .param("name", "x").param("kind", "KEY_LABORATORY").param("level", "MUNICIPAL")
                        .param("regionCode", "440704").param("hostCreditCode", "91350100M000100Y43"))
                .andExpect(status().isBadRequest()).andReturn();
        assertThat(html(unknown)).contains("id=\"hostCreditCode-error\">没有这个企业</p>")
                .contains("value=\"91350100M000100Y43\"");

        MvcResult none = mvc.perform(post("/labs").with(user(official)).with(csrf()).param("lang", "en")
                        .param("name", "x").param("kind", "KEY_LABORATORY").param("level", "MUNICIPAL")
                        .param("regionCode", "440704").param("recognizedOn", "not-a-date"))
                .andExpect(status().isBadRequest()).andReturn();
        assertThat(html(none))
                .contains("id=\"hostInstitution-error\">a host enterprise or a host institution is required</p>")
                .contains("id=\"recognizedOn-error\">must be a valid date</p>");
    }

    private String page(String uri) throws Exception {
        return html(mvc.perform(get(uri).with(user(official))).andExpect(status().isOk()).andReturn());
    }
}
