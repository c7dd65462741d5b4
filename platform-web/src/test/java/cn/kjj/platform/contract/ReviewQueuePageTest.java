package cn.kjj.platform.contract;

import static cn.kjj.platform.contract.ContractPageFixtures.CITY_OFFICIAL;
import static cn.kjj.platform.contract.ContractPageFixtures.ENTERPRISE;
import static cn.kjj.platform.contract.ContractPageFixtures.OFFICIAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.kjj.platform.PageDates;
import cn.kjj.platform.PortalTest;
import cn.kjj.platform.identity.AccountPrincipal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PortalTest
class ReviewQueuePageTest {

    private static final Pattern ROW = Pattern.compile("data-contract-id=\"(\\d+)\"");
    private static final Pattern DUE = Pattern.compile("<td class=\"date\">\\s*<time datetime=\"(\\d{4}-\\d{2}-\\d{2})\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    ContractPageFixtures fixtures;
    AccountPrincipal official;

    @BeforeEach
    void setUp() {
        fixtures = new ContractPageFixtures(context);
        official = fixtures.principal(OFFICIAL);
    }

    @Test
    void anOfficialsQueueListsOnlyItsRegionsAwaitingContractsByDueDateWithTheOverdueOneMarked() throws Exception {
        String token = ContractPageFixtures.unique("队列");
        ContractView fresh = fixtures.fileForDemoEnterprise(token + " 新提交", true);
        ContractView late = fixtures.fileForDemoEnterprise(token + " 已超期", true);
        fixtures.makeOverdue(late.id(), 3);
        ContractView draft = fixtures.fileForDemoEnterprise(token + " 草稿", false);
        ContractView elsewhere = fixtures.fileInPengjiang(token + " 蓬江区");

        String queue = html(get("/review").param("q", token).with(user(official)));

        assertThat(rowIds(queue)).containsExactly(late.id(), fresh.id());
        assertThat(queue)
                .doesNotContain(draft.title(), elsewhere.title())
                .contains("审核队列")
                .contains("contract-row contract-row--overdue")
                .contains("class=\"badge badge--overdue\"")
                .contains("已超期")
                .contains(PageDates.zh(LocalDate.now(ReviewClock.ZONE).minusDays(3)));
        assertThat(html(get("/review").param("q", token).param("lang", "en").with(user(official))))
                .contains("<html lang=\"en\">").contains("Review queue").contains(">Overdue</span>")
                .contains("Technology development");
        // the city's official sees both districts
        assertThat(rowIds(html(get("/review").param("q", token).with(user(fixtures.principal(CITY_OFFICIAL))))))
                .contains(late.id(), fresh.id(), elsewhere.id());
    }

    @Test
    void theWholeQueueIsOrderedByDueDate() throws Exception {
        fixtures.fileForDemoEnterprise(ContractPageFixtures.unique("排序"), true);
        String queue = html(get("/review").with(user(official)));
        List<String> dues = new ArrayList<>();
        Matcher m = DUE.matcher(queue);
        while (m.find()) {
            dues.add(m.group(1));
        }
        assertThat(dues).isNotEmpty().isSorted();
    }

    @Test
    void theQueueShowsBothAwaitingKindsInOneListByDueDate() throws Exception {
        String token = ContractPageFixtures.unique("两类");
        ContractView submitted = fixtures.fileForDemoEnterprise(token + " 已提交", true);
        ContractView large = fixtures.fileForDemoEnterprise(token + " 大额", new java.math.BigDecimal("6000000.00")
                .add(ContractPageFixtures.randomAmount()), true);
        context.getBean(ContractService.class).register(official, large.id(), null);
        ContractView draft = fixtures.fileForDemoEnterprise(token + " 草稿", false);
        fixtures.makeOverdue(large.id(), 2);

        String queue = html(get("/review").param("q", token).with(user(official)));

        assertThat(rowIds(queue)).containsExactly(large.id(), submitted.id()).doesNotContain(draft.id());
        assertThat(queue).contains("badge--pending_second_review").contains("badge--submitted");
    }

    @Test
    void theOverdueFilterKeepsOnlyLateContracts() throws Exception {
        String token = ContractPageFixtures.unique("超期筛选");
        ContractView fresh = fixtures.fileForDemoEnterprise(token + " 按期", true);
        ContractView late = fixtures.fileForDemoEnterprise(token + " 超期", true);
        fixtures.makeOverdue(late.id(), 1);

        String page = html(get("/review").param("q", token).param("overdue", "true").with(user(official)));
        assertThat(rowIds(page)).containsExactly(late.id());
        assertThat(page).containsPattern("id=\"f-overdue\"[^>]*checked");
        assertThat(rowIds(html(get("/contracts").param("q", token).param("overdue", "true").with(user(official)))))
                .containsExactly(late.id());
        assertThat(fresh.id()).isNotNull();
    }

    @Test
    void theSecondReviewTabShowsWhichContractsNeedAnotherOfficial() throws Exception {
        String token = ContractPageFixtures.unique("复核");
        ContractView large = fixtures.fileForDemoEnterprise(token + " 大额", new java.math.BigDecimal("6000000.00")
                .add(ContractPageFixtures.randomAmount()), true);
        context.getBean(ContractService.class).register(official, large.id(), null);

        String mine = html(get("/review").param("status", "PENDING_SECOND_REVIEW").param("q", token)
                .with(user(official)));
        assertThat(rowIds(mine)).containsExactly(large.id());
        assertThat(mine).contains("badge--pending_second_review").contains("您已完成初审，须由另一位工作人员复核")
                .contains("aria-current=\"page\">待复核</a>");

        String other = html(get("/review").param("status", "PENDING_SECOND_REVIEW").param("q", token)
                .with(user(fixtures.principal(CITY_OFFICIAL))));
        assertThat(rowIds(other)).containsExactly(large.id());
        assertThat(other).doesNotContain("您已完成初审");
    }

    @Test
    void anOfficialSeesAllContractsOfItsRegionWithTheSameFilters() throws Exception {
        String token = ContractPageFixtures.unique("全部合同");
        ContractView draft = fixtures.fileForDemoEnterprise(token + " 草稿", false);
        ContractView submitted = fixtures.fileForDemoEnterprise(token + " 已提交", true);
        fixtures.fileInPengjiang(token + " 蓬江区");

        String page = html(get("/contracts").param("q", token).with(user(official)));
        assertThat(rowIds(page)).containsExactlyInAnyOrder(draft.id(), submitted.id());
        // officials file on an enterprise's behalf, so they are offered the form too
        assertThat(page).contains("江门市江海区示范科技有限公司").contains("href=\"/contracts/new\"");
        assertThat(rowIds(html(get("/contracts").param("q", token).param("status", "DRAFT").with(user(official)))))
                .containsExactly(draft.id());
    }

    @Test
    void anUnreadableFilterIsIgnoredWithANoticeInsteadOfAnError() throws Exception {
        String page = html(get("/review").param("status", "NO_SUCH_STATUS").param("signedFrom", "yesterday")
                .with(user(official)));
        assertThat(page).contains("部分筛选条件无效，已忽略");
    }

    @Test
    void aContractOfAnotherDistrictIsNotFoundForJianghaisOfficial() throws Exception {
        ContractView elsewhere = fixtures.fileInPengjiang(ContractPageFixtures.unique("他区"));
        String page = mvc.perform(get("/contracts/{id}", elsewhere.id()).with(user(official)))
                .andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("找不到您要访问的页面").contains("状态码 404").doesNotContain(elsewhere.title());
        mvc.perform(get("/contracts/{id}/edit", elsewhere.id()).with(user(fixtures.principal(ENTERPRISE))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/contracts/{id}", Long.MAX_VALUE).with(user(official)))
                .andExpect(status().isNotFound());
    }

    @Test
    void anEnterpriseHasNoReviewQueue() throws Exception {
        mvc.perform(get("/review").with(user(fixtures.principal(ENTERPRISE))))
                .andExpect(status().isForbidden());
    }

    @Test
    void theNavigationOffersContractsAndTheQueueByRole() throws Exception {
        assertThat(html(get("/").with(user(official))))
                .contains("href=\"/contracts\">技术合同</a>").contains("href=\"/review\">审核队列</a>");
        assertThat(html(get("/").with(user(fixtures.principal(ENTERPRISE)))))
                .contains("href=\"/contracts\">技术合同</a>").doesNotContain("href=\"/review\"");
        assertThat(html(get("/").with(user(fixtures.principal("analyst")))))
                .doesNotContain("href=\"/contracts\"", "href=\"/review\"");
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    static List<Long> rowIds(String html) {
        List<Long> ids = new ArrayList<>();
        Matcher m = ROW.matcher(html);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }
}
