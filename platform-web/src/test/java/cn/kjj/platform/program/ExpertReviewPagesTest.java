package cn.kjj.platform.program;

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
import cn.kjj.platform.account.AccountService;
import cn.kjj.platform.account.NewExpertAccount;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.portal.RegistryPageFixtures;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** An expert's account in the portal (decision 0042): his home lists his reviews; he reads and scores his own. */
@PortalTest
class ExpertReviewPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    ProgramApplicationQueries queries;

    @Autowired
    JdbcClient jdbc;

    RegistryPageFixtures fixtures;
    AccountPrincipal official;

    @BeforeEach
    void setUp() {
        fixtures = new RegistryPageFixtures(context);
        official = fixtures.principal(OFFICIAL);
    }

    @Test
    void theDemoExpertsHomeListsTheReviewsAssignedToHimAndNothingElse() throws Exception {
        AccountPrincipal expert = fixtures.principal("expert.demo");

        mvc.perform(get("/").with(user(expert))).andExpect(redirectedUrl("/expert-reviews"));
        String list = page("/expert-reviews", expert);
        assertThat(list).contains("我的评审").contains("高精度伺服电机控制器研发").contains("工业视觉检测平台")
                .contains("待评分").doesNotContain("精密注塑模具数字化");
        // the navigation offers him his reviews, not the officials' or enterprises' pages
        assertThat(list).contains("href=\"/expert-reviews\"").doesNotContain("href=\"/program-applications\"")
                .doesNotContain("href=\"/programs\"");
        for (String uri : List.of("/program-applications", "/programs", "/dashboard", "/enterprises", "/contracts")) {
            mvc.perform(get(uri).with(user(expert))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/expert-reviews").with(user(official))).andExpect(status().isForbidden());
    }

    @Test
    void anExpertScoresHisReviewWithHisMistakesBesideTheFieldsAndNeverAnothersReview() throws Exception {
        ApplicationSummary application = underReview("工业视觉检测平台");
        AccountPrincipal expert = expertAssignedTo(application);
        long review = jdbc.sql("select r.id from program_review r join account a on a.expert_id = r.expert_id "
                + "where a.id = ?").param(expert.id()).query(Long.class).single();
        String uri = "/expert-reviews/" + review;
        assertThat(page(uri, expert)).contains("工业视觉检测平台").contains("项目拟攻克关键工艺").contains("提交评分");

        for (String bad : List.of("101", "八十", "")) {
            String refused = html(mvc.perform(post(uri).with(user(expert)).with(csrf())
                            .param("score", bad).param("comment", "意见照留"))
                    .andExpect(status().isBadRequest()).andReturn());
            assertThat(refused).as(bad).contains("id=\"score-error\"").contains("aria-invalid=\"true\"")
                    .contains("意见照留");
        }
        assertThat(scoreOf(review)).isNull();

        mvc.perform(post(uri).with(user(expert)).with(csrf()).param("score", "83").param("comment", "方案可行"))
                .andExpect(redirectedUrl(uri))
                .andExpect(flash().attribute("notice", "评分已提交。"));
        assertThat(scoreOf(review)).isEqualTo(83);
        assertThat(page("/program-applications/" + application.id(), official)).contains("方案可行");

        long anothersReview = jdbc.sql("select min(r.id) from program_review r where r.expert_id <> "
                + "(select expert_id from account where id = ?)").param(expert.id()).query(Long.class).single();
        mvc.perform(get("/expert-reviews/" + anothersReview).with(user(expert))).andExpect(status().isNotFound());
        mvc.perform(post("/expert-reviews/" + anothersReview).with(user(expert)).with(csrf()).param("score", "1"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/program-applications/" + application.id()).with(user(expert)))
                .andExpect(status().isForbidden());
    }

    private ApplicationSummary underReview(String title) {
        return queries.list(official, null, null, List.of(ApplicationStatus.UNDER_REVIEW), Pageable.unpaged())
                .getContent().stream().filter(a -> a.title().equals(title)).findFirst().orElseThrow();
    }

    /** A new expert of Jianghai with his account, assigned to the application. */
    private AccountPrincipal expertAssignedTo(ApplicationSummary application) {
        long expert = context.getBean(ExpertService.class).create(official, new ExpertDetails(
                RegistryPageFixtures.unique("页面专家"), "五邑大学", null, "智能制造", "440704")).id();
        String username = RegistryPageFixtures.unique("expert.page").toLowerCase();
        context.getBean(AccountService.class).createForExpert(official, expert,
                new NewExpertAccount(username, "Expert-page-password-3", null));
        context.getBean(ProgramReviewService.class).assign(official, application.id(), expert);
        return fixtures.principal(username);
    }

    private Integer scoreOf(long review) {
        return jdbc.sql("select score from program_review where id = ?").param(review).query(Integer.class).list()
                .get(0);
    }

    private String page(String uri, AccountPrincipal who) throws Exception {
        return html(mvc.perform(get(uri).with(user(who))).andExpect(status().isOk()).andReturn());
    }
}
