package cn.kjj.platform.contract;

import static cn.kjj.platform.contract.ContractPageFixtures.CITY_OFFICIAL;
import static cn.kjj.platform.contract.ContractPageFixtures.ENTERPRISE;
import static cn.kjj.platform.contract.ContractPageFixtures.OFFICIAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.kjj.platform.PageDates;
import cn.kjj.platform.PortalTest;
import cn.kjj.platform.identity.AccountPrincipal;
import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PortalTest
class ContractDecisionPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    ContractQueries queries;

    ContractPageFixtures fixtures;
    AccountPrincipal official;
    AccountPrincipal enterprise;

    @BeforeEach
    void setUp() {
        fixtures = new ContractPageFixtures(context);
        official = fixtures.principal(OFFICIAL);
        enterprise = fixtures.principal(ENTERPRISE);
    }

    @Test
    void anOfficialRegistersAfterTheConfirmStepAndSeesTheRegistrationNumber() throws Exception {
        ContractView contract = fixtures.fileForDemoEnterprise(ContractPageFixtures.unique("登记"), true);

        String detail = html(contract.id(), official);
        assertThat(detail)
                .contains("<details class=\"decision\" id=\"decision-register\">")
                .contains("登记后将生成登记编号并出具登记证明，不能撤回")
                .contains("id=\"confirm-register\"")
                .contains("action=\"/contracts/" + contract.id() + "/register\"")
                .contains("name=\"version\" value=\"" + contract.version() + "\"")
                .contains("name=\"_csrf\"");

        MvcResult redirect = mvc.perform(post("/contracts/{id}/register", contract.id())
                        .param("version", String.valueOf(contract.version())).with(user(official)).with(csrf()))
                .andExpect(redirectedUrl("/contracts/" + contract.id()))
                .andExpect(flash().attribute("notice", Matchers.matchesPattern("已登记，登记编号 \\d{4}440704\\d{6}")))
                .andReturn();

        ContractView registered = queries.get(official, contract.id());
        assertThat(registered.status()).isEqualTo(ContractStatus.REGISTERED);
        String after = follow(redirect, official);
        assertThat(after).contains("已登记，登记编号 " + registered.registrationNo())
                .contains("class=\"registration-no\">" + registered.registrationNo())
                .contains("江海区科技局审核员")
                .contains("id=\"decision-revoke\"");
    }

    @Test
    void anOfficialReturnsWithAReasonAndTheEnterpriseReadsItInItsListAndOnThePage() throws Exception {
        ContractView contract = fixtures.fileForDemoEnterprise(ContractPageFixtures.unique("退回"), true);

        mvc.perform(post("/contracts/{id}/return", contract.id()).param("reason", "请补充专利证书复印件。")
                        .param("version", String.valueOf(contract.version())).with(user(official)).with(csrf()))
                .andExpect(redirectedUrl("/contracts/" + contract.id()))
                .andExpect(flash().attribute("notice", "已退回补正，企业修改后可重新提交。"));

        assertThat(html(contract.id(), enterprise))
                .contains("退回补正原因").contains("请补充专利证书复印件。").contains("id=\"edit-contract\"");
        String list = mvc.perform(get("/contracts").param("q", contract.title()).with(user(enterprise)))
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains("badge--returned").contains("请补充专利证书复印件。");
    }

    @Test
    void theListShowsTheLatestReasonOfEachReturnedContractAndNoneOnceResubmitted() throws Exception {
        String token = ContractPageFixtures.unique("原因");
        ContractService service = context.getBean(ContractService.class);
        ContractView twice = fixtures.fileForDemoEnterprise(token + " 两次退回", true);
        service.returnForCorrection(official, twice.id(), "第一次：请补充材料。", null);
        service.submit(enterprise, twice.id(), null);
        service.returnForCorrection(official, twice.id(), "第二次：金额有误。", null);
        ContractView resubmitted = fixtures.fileForDemoEnterprise(token + " 已重新提交", true);
        service.returnForCorrection(official, resubmitted.id(), "旧原因：请补签。", null);
        service.submit(enterprise, resubmitted.id(), null);

        String list = mvc.perform(get("/contracts").param("q", token).with(user(enterprise)))
                .andReturn().getResponse().getContentAsString();

        assertThat(list).contains("第二次：金额有误。").doesNotContain("第一次：请补充材料。", "旧原因：请补签。");
        assertThat(queries.search(enterprise, ContractPageFixtures.text(token),
                org.springframework.data.domain.PageRequest.of(0, 10)).getContent())
                .extracting(ContractSummary::latestReason)
                .containsExactlyInAnyOrder("第二次：金额有误。", "旧原因：请补签。");
    }

    @Test
    void aReturnWithoutAReasonShowsTheErrorBesideTheReasonAndChangesNothing() throws Exception {
        ContractView contract = fixtures.fileForDemoEnterprise(ContractPageFixtures.unique("无原因"), true);

        MvcResult refused = mvc.perform(post("/contracts/{id}/return", contract.id()).param("reason", "  ")
                        .with(user(official)).with(csrf()))
                .andExpect(redirectedUrl("/contracts/" + contract.id()))
                .andExpect(flash().attribute("error", "须填写原因"))
                .andExpect(flash().attribute("failedAction", ContractAction.RETURN))
                .andReturn();

        String page = follow(refused, official);
        assertThat(page)
                .contains("<details class=\"decision\" id=\"decision-return\" open=\"open\">")
                .containsPattern("id=\"reason-return\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"reason-return-error\"")
                .contains("id=\"reason-return-error\">须填写原因</p>");
        assertThat(queries.get(official, contract.id()).status()).isEqualTo(ContractStatus.SUBMITTED);
    }

    @Test
    void aRejectionNeedsItsReasonAndIsShownWithIt() throws Exception {
        ContractView contract = fixtures.fileForDemoEnterprise(ContractPageFixtures.unique("不予登记"), true);
        assertThat(html(contract.id(), official)).contains("不予登记后合同办结").contains("id=\"confirm-reject\"");

        mvc.perform(post("/contracts/{id}/reject", contract.id()).param("reason", "不属于技术合同。")
                        .param("reasonCode", "NOT_TECHNOLOGY_CONTRACT")
                        .with(user(official)).with(csrf()))
                .andExpect(flash().attribute("notice", "已决定不予登记。"));
        assertThat(html(contract.id(), enterprise)).contains("不予登记原因").contains("不属于技术合同。")
                .doesNotContain("id=\"edit-contract\"");
    }

    @Test
    void aRegistrationIsRevokedWithAReason() throws Exception {
        ContractView contract = fixtures.fileForDemoEnterprise(ContractPageFixtures.unique("撤销"), true);
        ContractView registered = context.getBean(ContractService.class).register(official, contract.id(), null);

        mvc.perform(post("/contracts/{id}/revoke", contract.id()).param("reason", "合同已解除。")
                        .with(user(official)).with(csrf()))
                .andExpect(flash().attribute("notice", "已撤销登记 " + registered.registrationNo() + "。"));
        assertThat(queries.get(official, contract.id()).status()).isEqualTo(ContractStatus.REVOKED);
    }

    @Test
    void aLargeContractNeedsASecondOfficialAndTheFirstCannotRegisterItTwice() throws Exception {
        BigDecimal large = new BigDecimal("5000000.00").add(ContractPageFixtures.randomAmount());
        ContractView contract = fixtures.fileForDemoEnterprise(ContractPageFixtures.unique("大额"), large, true);
        assertThat(html(contract.id(), official)).contains("确认后完成初审，还须另一位工作人员复核登记");

        mvc.perform(post("/contracts/{id}/register", contract.id()).with(user(official)).with(csrf()))
                .andExpect(flash().attribute("notice", "初审已通过，等待另一位工作人员复核。"));
        String again = html(contract.id(), official);
        assertThat(again).contains("您已完成初审；复核须由另一位工作人员完成。").doesNotContain("id=\"decision-register\"");

        mvc.perform(post("/contracts/{id}/register", contract.id()).with(user(official)).with(csrf()))
                .andExpect(flash().attribute("error", "复审须由另一位工作人员完成。"));

        mvc.perform(post("/contracts/{id}/register", contract.id()).with(user(fixtures.principal(CITY_OFFICIAL)))
                        .with(csrf()))
                .andExpect(flash().attribute("notice", Matchers.startsWith("已登记，登记编号 ")));
    }

    @Test
    void anIllegalTransitionIsAMessageOnThePageNotAServerError() throws Exception {
        ContractView contract = fixtures.fileForDemoEnterprise(ContractPageFixtures.unique("重复登记"), true);
        context.getBean(ContractService.class).register(official, contract.id(), null);

        mvc.perform(post("/contracts/{id}/register", contract.id()).with(user(official)).with(csrf()))
                .andExpect(redirectedUrl("/contracts/" + contract.id()))
                .andExpect(flash().attribute("error", "“已登记”状态的合同不能执行“登记”操作。"));
    }

    @Test
    void aDecisionOnAStalePageIsRefusedWithAMessage() throws Exception {
        ContractView contract = fixtures.fileForDemoEnterprise(ContractPageFixtures.unique("旧版本"), true);

        mvc.perform(post("/contracts/{id}/register", contract.id()).param("version", String.valueOf(contract.version() - 1))
                        .with(user(official)).with(csrf()))
                .andExpect(flash().attribute("error", Matchers.startsWith("该记录已被修改")));
        assertThat(queries.get(official, contract.id()).status()).isEqualTo(ContractStatus.SUBMITTED);
    }

    @Test
    void anEnterpriseCannotRegisterItsOwnContract() throws Exception {
        ContractView contract = fixtures.fileForDemoEnterprise(ContractPageFixtures.unique("自行登记"), true);

        String page = mvc.perform(post("/contracts/{id}/register", contract.id()).with(user(enterprise)).with(csrf()))
                .andExpect(status().isForbidden())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("您没有权限访问此页面");
        assertThat(html(contract.id(), enterprise)).doesNotContain("decision-register");
        assertThat(queries.get(enterprise, contract.id()).status()).isEqualTo(ContractStatus.SUBMITTED);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"submit", "register", "return", "reject", "revoke", "attachments", "edit"})
    void everyContractFormNeedsItsCsrfToken(String action) throws Exception {
        ContractView contract = fixtures.fileForDemoEnterprise(ContractPageFixtures.unique("令牌"), false);
        mvc.perform(post("/contracts/{id}/{action}", contract.id(), action).param("reason", "原因")
                        .with(user(official)))
                .andExpect(status().isForbidden());
        assertThat(queries.get(enterprise, contract.id()).status()).isEqualTo(ContractStatus.DRAFT);
    }

    @Test
    void theEnterpriseSubmitsADraftFromItsPage() throws Exception {
        ContractView draft = fixtures.fileForDemoEnterprise(ContractPageFixtures.unique("页面提交"), false);
        assertThat(html(draft.id(), enterprise)).contains("id=\"submit-action\"").doesNotContain("decision-register");

        mvc.perform(post("/contracts/{id}/submit", draft.id()).param("version", String.valueOf(draft.version()))
                        .with(user(enterprise)).with(csrf()))
                .andExpect(flash().attribute("notice", Matchers.startsWith("已提交登记申请，办理期限至 20")));
    }

    @Test
    void theDetailPageShowsEveryTermAndTheReviewClockInEnglishToo() throws Exception {
        ContractView contract = fixtures.fileForDemoEnterprise(ContractPageFixtures.unique("英文"), true);
        String page = mvc.perform(get("/contracts/{id}", contract.id()).param("lang", "en").with(user(official)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page)
                .contains("<html lang=\"en\">")
                .contains("Technology development").contains("Commissioned development")
                .contains("Advanced manufacturing").contains(ContractPageFixtures.BUYER_CODE)
                .contains("Due on").contains(PageDates.en(contract.dueOn()))
                .contains("Jianghai (440704)")
                .contains("Register…");
    }

    @Test
    void theOfficialConfirmsOrChangesTypeSubtypeAndTheDecidedAmountWithMessagesBesideTheFields() throws Exception {
        BigDecimal amount = new BigDecimal("1200000.00");
        ContractView contract = fixtures.fileForDemoEnterprise(ContractPageFixtures.unique("认定"), amount, true);
        assertThat(html(contract.id(), official))
                .containsPattern("<option value=\"TECHNOLOGY_DEVELOPMENT\" selected=\"selected\">技术开发</option>")
                .containsPattern("<option value=\"COMMISSIONED\"\\s+selected=\"selected\">委托开发</option>")
                .containsPattern("id=\"decision-amount\"[^>]*value=\"1200000.00\"");

        MvcResult tooMuch = mvc.perform(register(contract, "TECHNOLOGY_DEVELOPMENT", "COMMISSIONED", "1200000.01"))
                .andExpect(redirectedUrl("/contracts/" + contract.id()))
                .andExpect(flash().attribute("failedAction", ContractAction.REGISTER)).andReturn();
        assertThat(follow(tooMuch, official))
                .contains("<details class=\"decision\" id=\"decision-register\" open=\"open\">")
                .containsPattern("id=\"decision-amount\"[^>]*aria-invalid=\"true\"[^>]*value=\"1200000.01\"")
                .contains("id=\"decision-amount-error\">技术交易额不能超过合同成交额</p>");

        MvcResult wrongSubtype = mvc.perform(register(contract, "TECHNOLOGY_DEVELOPMENT", "PATENT", "900000"))
                .andExpect(flash().attribute("failedAction", ContractAction.REGISTER)).andReturn();
        assertThat(follow(wrongSubtype, official)).contains("id=\"decision-subtype-error\">子类型与合同类型不符</p>");
        mvc.perform(register(contract, "TECHNOLOGY_DEVELOPMENT", "COMMISSIONED", "9.999"))
                .andExpect(flash().attribute("fieldErrors", Map.of("techTransactionAmount", "金额最多保留两位小数")));
        assertThat(queries.get(official, contract.id()).status()).isEqualTo(ContractStatus.SUBMITTED);

        MvcResult done = mvc.perform(register(contract, "TECHNOLOGY_TRANSFER", "TECHNICAL_SECRET", "960,000.00"))
                .andExpect(flash().attribute("notice", Matchers.startsWith("已登记，登记编号 "))).andReturn();
        ContractView registered = queries.get(official, contract.id());
        assertThat(registered.techTransactionAmount()).isEqualByComparingTo("960000.00");
        assertThat(registered.declaredTechTransactionAmount()).isEqualByComparingTo("1200000.00");
        assertThat(registered.type()).isEqualTo(ContractType.TECHNOLOGY_TRANSFER);
        assertThat(follow(done, official)).contains("核定技术交易额（元）").containsPattern("class=\"num tech-amount\">[^<]*960,000.00")
                .contains("申报技术交易额（元）").containsPattern("class=\"num declared-amount\">[^<]*1,200,000.00")
                .containsPattern("核定技术交易额 [^<]*960,000.00").contains("免征增值税");
    }

    @Test
    void aRefusalNamesItsGroundWhichTheHistoryAndTheListShow() throws Exception {
        ContractView contract = fixtures.fileForDemoEnterprise(ContractPageFixtures.unique("不予登记理由"), true);

        MvcResult noGround = mvc.perform(post("/contracts/{id}/reject", contract.id()).param("reason", "见附件")
                        .param("reasonCode", "").with(user(official)).with(csrf()))
                .andExpect(flash().attribute("failedAction", ContractAction.REJECT)).andReturn();
        assertThat(follow(noGround, official)).contains("id=\"reason-code-reject-error\">须选择不予登记的理由类别</p>")
                .containsPattern("id=\"reason-reject\"[^>]*>见附件</textarea>");

        mvc.perform(post("/contracts/{id}/reject", contract.id()).param("reasonCode", "DISGUISED_PURCHASE")
                        .param("reason", "").with(user(official)).with(csrf()))
                .andExpect(flash().attribute("notice", "已决定不予登记。"));
        assertThat(html(contract.id(), official)).contains("class=\"reason-ground\">以技术合同名义购销货物或设备</p>")
                .contains("以技术合同名义购销货物或设备：");
        String list = mvc.perform(get("/contracts").param("reasonCode", "DISGUISED_PURCHASE")
                        .param("q", contract.title()).with(user(official)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains(contract.title());

        // the refused list counts its contracts by ground, each count linking to its contracts
        String refused = mvc.perform(get("/contracts").param("status", "REJECTED").param("q", contract.title())
                        .with(user(official)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("按理由类别统计")
                .containsPattern("reasonCode=DISGUISED_PURCHASE\"[^>]*>以技术合同名义购销货物或设备</a>\\s*"
                        + "<span class=\"ground-counts__count\">1</span>");
        assertThat(mvc.perform(get("/contracts").param("q", contract.title()).with(user(official)))
                .andReturn().getResponse().getContentAsString()).doesNotContain("按理由类别统计");
    }

    private MockHttpServletRequestBuilder register(ContractView contract, String type, String subtype, String amount) {
        return post("/contracts/{id}/register", contract.id()).param("version", String.valueOf(contract.version()))
                .param("type", type).param("subtype", subtype).param("techTransactionAmount", amount)
                .with(user(official)).with(csrf());
    }

    private String html(long id, AccountPrincipal reader) throws Exception {
        return mvc.perform(get("/contracts/{id}", id).with(user(reader)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** The page a redirect leads to, with the flash messages that the redirect left in the session store. */
    private String follow(MvcResult redirect, AccountPrincipal reader) throws Exception {
        Cookie session = redirect.getResponse().getCookie("SESSION");
        assertThat(session).as("the flash messages live in the session").isNotNull();
        return mvc.perform(get(redirect.getResponse().getRedirectedUrl()).with(user(reader)).cookie(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
