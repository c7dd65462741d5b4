package cn.kjj.platform.program;

import static cn.kjj.platform.portal.RegistryPageFixtures.ENTERPRISE;
import static cn.kjj.platform.portal.RegistryPageFixtures.OFFICIAL;
import static cn.kjj.platform.portal.RegistryPageFixtures.html;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.kjj.platform.PortalTest;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.portal.RegistryPageFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** The applications in the portal, on the demo data: the queue, an application and its steps, the ranking. */
@PortalTest
class ProgramApplicationPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    ProgramApplicationQueries queries;

    AccountPrincipal official;
    AccountPrincipal clerk;

    @BeforeEach
    void setUp() {
        RegistryPageFixtures fixtures = new RegistryPageFixtures(context);
        official = fixtures.principal(OFFICIAL);
        clerk = fixtures.principal(ENTERPRISE);
    }

    @Test
    void theEnterpriseSeesItsApplicationAndWhereItStandsOnItsHomePage() throws Exception {
        assertThat(page("/", clerk)).contains("我的项目申报").contains("高精度伺服电机控制器研发").contains("专家评审中");
        assertThat(page("/program-applications", clerk)).contains("高精度伺服电机控制器研发")
                .doesNotContain("智能仓储调度系统");
    }

    @Test
    void theOfficialsQueueShowsTheApplicationsOfOneStep() throws Exception {
        assertThat(page("/program-applications?status=SUBMITTED", official)).contains("智能仓储调度系统")
                .doesNotContain("激光切割头国产化");
    }

    @Test
    void aTrancheBeyondTheApprovedAmountComesBackWithTheMessageBesideTheAmount() throws Exception {
        ApplicationSummary approved = queries.list(official, null, null,
                java.util.List.of(ApplicationStatus.APPROVED), org.springframework.data.domain.Pageable.unpaged())
                .getContent().stream().filter(a -> a.title().equals("精密注塑模具数字化")).findFirst().orElseThrow();
        String detail = "/program-applications/" + approved.id();

        mvc.perform(post(detail + "/disburse").with(user(official)).with(csrf())
                        .param("amount", "999999999").param("paidOn", "2026-06-30"))
                .andExpect(redirectedUrl(detail))
                .andExpect(flash().attributeExists("error"));
        mvc.perform(post(detail + "/disburse").with(user(official)).with(csrf())
                        .param("amount", "十万").param("paidOn", "2026-06-30"))
                .andExpect(redirectedUrl(detail))
                .andExpect(flash().attribute("failedStep", "disburse"));

        assertThat(page(detail, official)).contains("精密注塑模具数字化").contains("立项").contains("拨付")
                .contains("¥130,000.00");
        assertThat(queries.get(official, approved.id()).paidTotal()).isEqualByComparingTo("130000.00");
    }

    @Test
    void theChallengesPageShowsItsTeamsAndStagesAndADropWithoutANoteComesBackBesideTheNote() throws Exception {
        ApplicationSummary dropped = queries.list(official, null, null, java.util.List.of(ApplicationStatus.DROPPED),
                org.springframework.data.domain.Pageable.ofSize(1)).getContent().get(0);
        String call = "/program-calls/" + dropped.callId();
        ApplicationSummary racing = queries.list(official, null, dropped.callId(),
                java.util.List.of(ApplicationStatus.APPROVED), org.springframework.data.domain.Pageable.ofSize(1))
                .getContent().get(0);

        String page = page(call, official);
        assertThat(page).contains("揭榜团队").contains("揭榜奖金").contains("¥800,000.00")
                .contains("光栅编码器芯片攻关").contains("阶段评审淘汰").contains("¥250,000.00")
                .contains("action=\"/program-applications/" + racing.id() + "/stage-review\"")
                .doesNotContain("action=\"/program-applications/" + dropped.id() + "/stage-review\"");

        mvc.perform(post("/program-applications/" + racing.id() + "/stage-review").with(user(official)).with(csrf())
                        .param("passed", "false").param("back", "call"))
                .andExpect(redirectedUrl(call))
                .andExpect(flash().attribute("failedStep", "stage-review"))
                .andExpect(flash().attribute("failedApplication", racing.id()));
        assertThat(queries.get(official, racing.id()).status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(page(call, clerk)).doesNotContain("/stage-review");
    }

    @Test
    void aCallsRankingListsItsApplicationsByMeanScore() throws Exception {
        ApplicationSummary any = queries.list(official, null, null, java.util.List.of(ApplicationStatus.COMPLETED),
                org.springframework.data.domain.Pageable.ofSize(1)).getContent().get(0);

        String ranking = page("/program-calls/" + any.callId() + "/ranking", official);
        assertThat(ranking).contains("评审排名");
        assertThat(ranking.indexOf("激光切割头国产化")).isLessThan(ranking.indexOf("低功耗物联网模组"));
        mvc.perform(get("/program-calls/" + any.callId() + "/ranking").with(user(clerk)))
                .andExpect(status().isForbidden());
    }

    @Test
    void anEnterpriseAppliesOnlineSeesItsMistakesBesideTheFieldsAndAttachesADocument() throws Exception {
        ApplicationSummary any = queries.list(official, null, null, java.util.List.of(ApplicationStatus.SUBMITTED),
                org.springframework.data.domain.Pageable.ofSize(1)).getContent().get(0);
        String apply = "/program-calls/" + any.callId() + "/apply";
        assertThat(page(apply, clerk)).contains("在线申报").contains("项目申报书");

        String refused = html(mvc.perform(post(apply).with(user(clerk)).with(csrf())
                        .param("title", "").param("requestedAmount", "十万"))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(refused).contains("aria-invalid=\"true\"").contains("id=\"title-error\"")
                .contains("id=\"requestedAmount-error\"");

        String location = mvc.perform(post(apply).with(user(clerk)).with(csrf())
                        .param("title", "门户申报测试项目").param("requestedAmount", "120000"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(page(location, clerk)).contains("门户申报测试项目").contains("已申报").contains("上传材料");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(location + "/attachments")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "申报书.pdf", "application/pdf",
                                "%PDF-1.4\n%x\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
                        .param("document", "项目申报书").with(user(clerk)).with(csrf()))
                .andExpect(redirectedUrl(location))
                .andExpect(flash().attribute("notice", "已上传“申报书.pdf”。"));
        assertThat(page(location, clerk)).contains("申报书.pdf");
        mvc.perform(get(apply).with(user(official))).andExpect(status().isForbidden());
    }

    private String page(String uri, AccountPrincipal who) throws Exception {
        return html(mvc.perform(get(uri).with(user(who))).andExpect(status().isOk()).andReturn());
    }
}
