package cn.kjj.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.kjj.platform.PortalTest;
import cn.kjj.platform.identity.AccountPrincipal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Markup and SQL in a name are valid text: stored verbatim through the API, and shown as text,
 * never as a tag, on the portal pages that show them.
 */
@PortalTest
class InjectedHtmlTest {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void aScriptInANameIsStoredVerbatimAndShownAsText() throws Exception {
        AccountPrincipal official = new MatrixPeople(context).get(Who.OFFICIAL);
        Map<String, Object> enterprise = WriteTargets.all(0, 0).get(0).validBody().get();
        String marker = (String) enterprise.get("name");
        enterprise.put("name", marker + SCRIPT + "' OR 1=1; --");
        String created = mvc.perform(post("/api/v1/enterprises").with(user(official))
                        .contentType(MediaType.APPLICATION_JSON).content(WriteTargets.json(enterprise, null, null)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(created).contains(marker + SCRIPT + "' OR 1=1; --");
        String id = created.replaceAll("(?s).*?\"id\":(\\d+).*", "$1");

        for (String page : new String[] {"/enterprises/" + id, "/enterprises?q=" + marker, "/enterprises/" + id + "/edit"}) {
            String html = mvc.perform(get(page).with(user(official))).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(html).as(page).contains(marker + ESCAPED).doesNotContain(SCRIPT);
        }
    }
}
