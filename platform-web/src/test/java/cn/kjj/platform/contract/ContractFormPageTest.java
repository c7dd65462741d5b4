package cn.kjj.platform.contract;

import static cn.kjj.platform.contract.ContractPageFixtures.ENTERPRISE;
import static cn.kjj.platform.contract.ContractPageFixtures.OFFICIAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PortalTest
class ContractFormPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    ContractQueries queries;

    ContractPageFixtures fixtures;
    AccountPrincipal enterprise;

    @BeforeEach
    void setUp() {
        fixtures = new ContractPageFixtures(context);
        enterprise = fixtures.principal(ENTERPRISE);
    }

    @Test
    void anEnterpriseFilesAContractThroughTheFormAndSeesItInItsList() throws Exception {
        String title = ContractPageFixtures.unique("表单填报");
        String location = mvc.perform(form(post("/contracts"), ContractPageFixtures.validForm(title,
                        ContractPageFixtures.randomAmount())).param("intent", "submit").with(user(enterprise)).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("/contracts/*"))
                .andExpect(flash().attribute("notice", Matchers.startsWith("已提交登记申请，办理期限至 ")))
                .andReturn().getResponse().getRedirectedUrl();

        ContractView filed = queries.get(enterprise, Long.parseLong(location.substring("/contracts/".length())));
        assertThat(filed.title()).isEqualTo(title);
        assertThat(filed.status()).isEqualTo(ContractStatus.SUBMITTED);
        assertThat(filed.subtype()).isEqualTo(ContractSubtype.PATENT);

        String list = html(get("/contracts").with(user(enterprise)));
        assertThat(list)
                .contains("我的技术合同")
                .contains(">" + title + "</a>")
                .contains("href=\"/contracts/" + filed.id() + "\"")
                .contains("badge--submitted")
                .contains(PageDates.zh(filed.dueOn()));
    }

    @Test
    void aDraftKeepsItsStatusAndItsOwnerCanCorrectAndSubmitItLater() throws Exception {
        String title = ContractPageFixtures.unique("草稿");
        Map<String, String> fields = ContractPageFixtures.validForm(title, ContractPageFixtures.randomAmount());
        String location = mvc.perform(form(post("/contracts"), fields).param("intent", "draft")
                        .with(user(enterprise)).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", Matchers.startsWith("草稿已保存")))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/contracts/".length()));
        ContractView draft = queries.get(enterprise, id);
        assertThat(draft.status()).isEqualTo(ContractStatus.DRAFT);

        String edit = html(get("/contracts/{id}/edit", id).with(user(enterprise)));
        assertThat(edit).contains("修改技术合同").contains("value=\"" + title + "\"")
                .contains("name=\"version\" value=\"" + draft.version() + "\"");

        BigDecimal corrected = ContractPageFixtures.randomAmount();
        fields.put("contractAmount", corrected.toPlainString());
        fields.put("techTransactionAmount", corrected.toPlainString());
        mvc.perform(form(post("/contracts/{id}/edit", id), fields).param("version", String.valueOf(draft.version()))
                        .param("intent", "submit").with(user(enterprise)).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", Matchers.startsWith("已保存修改并重新提交")));
        ContractView submitted = queries.get(enterprise, id);
        assertThat(submitted.status()).isEqualTo(ContractStatus.SUBMITTED);
        assertThat(submitted.contractAmount()).isEqualByComparingTo(corrected);
    }

    @Test
    void aFormWithMistakesComesBackInChineseWithEachMessageBesideItsFieldAndStoresNothing() throws Exception {
        String buyer = ContractPageFixtures.unique("错误买方");
        Map<String, String> fields = mistakes(buyer);

        String page = mvc.perform(form(post("/contracts"), fields).with(user(enterprise)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(page)
                .contains("<html lang=\"zh-CN\">")
                .contains("请更正以下")
                .containsPattern("id=\"title\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"title-error\"")
                .contains("<p class=\"field-error\" id=\"title-error\">必填</p>")
                .contains("id=\"buyerCreditCode-error\">统一社会信用代码无效")
                .contains("id=\"validTo-error\">有效期截止日不能早于起始日")
                .contains("id=\"techTransactionAmount-error\">技术交易额不能超过合同成交额")
                // what was typed is still there
                .contains("value=\"" + buyer + "\"")
                .contains("value=\"91440300708461136X\"")
                .contains("value=\"2000.00\"");
        assertThat(contractsOfBuyer(buyer)).isZero();
    }

    @Test
    void aFormWithMistakesSpeaksEnglishWhenTheReaderChoseEnglish() throws Exception {
        String buyer = ContractPageFixtures.unique("buyer-with-mistakes");
        String page = mvc.perform(form(post("/contracts"), mistakes(buyer)).param("lang", "en")
                        .with(user(enterprise)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(page)
                .contains("<html lang=\"en\">")
                .contains("Please correct the following")
                .contains("id=\"title-error\">is required</p>")
                .contains("id=\"buyerCreditCode-error\">is not a valid unified social credit code")
                .contains("id=\"techTransactionAmount-error\">must not exceed the contract amount");

        String withCookie = mvc.perform(form(post("/contracts"), mistakes(buyer)).cookie(new Cookie("lang", "en"))
                        .with(user(enterprise)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(withCookie).contains("<html lang=\"en\">").contains("id=\"title-error\">is required</p>");
        assertThat(contractsOfBuyer(buyer)).isZero();
    }

    @Test
    void anAmountThatIsNotANumberIsAFieldErrorAndNotAServerError() throws Exception {
        String title = ContractPageFixtures.unique("非数字金额");
        Map<String, String> fields = ContractPageFixtures.validForm(title, ContractPageFixtures.randomAmount());
        fields.put("contractAmount", "一百万");
        fields.put("techTransactionAmount", "12.345");

        String page = mvc.perform(form(post("/contracts"), fields).with(user(enterprise)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(page)
                .contains("id=\"contractAmount-error\">请输入数字金额")
                .contains("value=\"一百万\"")
                .contains("id=\"techTransactionAmount-error\">金额最多保留两位小数")
                .doesNotContain("title-error");
        assertThat(queries.search(enterprise, ContractPageFixtures.text(title), Pageable.unpaged())
                .getTotalElements()).isZero();
    }

    @Test
    void aDateThatCannotBeReadIsAFieldError() throws Exception {
        Map<String, String> fields = ContractPageFixtures.validForm(ContractPageFixtures.unique("日期"),
                ContractPageFixtures.randomAmount());
        fields.put("signedOn", "2024/13/45");
        mvc.perform(form(post("/contracts"), fields).with(user(enterprise)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(Matchers.containsString("id=\"signedOn-error\">请输入有效日期")));
    }

    @Test
    void anUnknownTypeOrFieldIsAFieldErrorAndTheRestIsKept() throws Exception {
        String title = ContractPageFixtures.unique("未知类型");
        Map<String, String> fields = ContractPageFixtures.validForm(title, ContractPageFixtures.randomAmount());
        fields.put("type", "NO_SUCH_TYPE");
        fields.put("technologyField", "ALCHEMY");
        String page = mvc.perform(form(post("/contracts"), fields).with(user(enterprise)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"type-error\">").contains("id=\"technologyField-error\">")
                .contains("value=\"" + title + "\"");
    }

    @Test
    void theFormOffersSubtypesGroupedByTypeAndTheFieldsTheScriptNeeds() throws Exception {
        String page = html(get("/contracts/new").with(user(enterprise)));
        assertThat(page)
                .contains("<optgroup label=\"技术开发\" data-type=\"TECHNOLOGY_DEVELOPMENT\">")
                .doesNotContain("data-type=\"TECHNICAL_CONSULTING\"")
                .contains("<option value=\"NUCLEAR_APPLICATIONS\">核应用技术</option>")
                .containsPattern("id=\"contractAmount\"[^>]*inputmode=\"decimal\"")
                .contains("pattern=\"[0-9]+([.][0-9]{1,2})?\"")
                .containsPattern("type=\"date\" id=\"signedOn\"")
                .contains("data-credit-code")
                .contains("data-msg-check=\"第 18 位校验码不正确，请核对\"")
                .contains("<script src=\"/js/contract-form.js\" defer></script>")
                .contains("name=\"_csrf\"")
                .contains("name=\"idempotencyKey\"");
    }

    @Test
    void onlyEnterprisesAndOfficialsGetTheFilingForm() throws Exception {
        mvc.perform(get("/contracts/new").with(user(fixtures.principal("analyst"))))
                .andExpect(status().isForbidden())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(Matchers.containsString("您没有权限访问此页面")));
        assertThat(html(get("/contracts/new").with(user(enterprise)))).doesNotContain("name=\"sellerCreditCode\"");
        assertThat(html(get("/contracts/new").with(user(fixtures.principal(OFFICIAL)))))
                .contains("name=\"sellerCreditCode\"").contains("卖方统一社会信用代码");
    }

    @Test
    void anOfficialFilesForAJianghaiEnterpriseByItsCreditCode() throws Exception {
        AccountPrincipal official = fixtures.principal(OFFICIAL);
        String title = ContractPageFixtures.unique("代填报");
        Map<String, String> fields = ContractPageFixtures.validForm(title, ContractPageFixtures.randomAmount());
        fields.put("sellerCreditCode", " " + fixtures.demoEnterpriseCreditCode().toLowerCase(java.util.Locale.ROOT) + " ");
        String location = mvc.perform(form(post("/contracts"), fields).param("intent", "submit")
                        .with(user(official)).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("/contracts/*"))
                .andReturn().getResponse().getRedirectedUrl();

        ContractView filed = queries.get(official, Long.parseLong(location.substring("/contracts/".length())));
        assertThat(filed.title()).isEqualTo(title);
        assertThat(filed.sellerId()).isEqualTo(fixtures.demoEnterpriseId());
        assertThat(filed.status()).isEqualTo(ContractStatus.SUBMITTED);
        // the enterprise finds it among its own contracts
        assertThat(html(get("/contracts").param("q", title).with(user(enterprise)))).contains(">" + title + "</a>");
    }

    @Test
    void aPengjiangCreditCodeIsRefusedBesideTheSellerFieldAndNothingIsStored() throws Exception {
        AccountPrincipal official = fixtures.principal(OFFICIAL);
        String title = ContractPageFixtures.unique("他区代填");
        Map<String, String> fields = ContractPageFixtures.validForm(title, ContractPageFixtures.randomAmount());
        fields.put("sellerCreditCode", fixtures.pengjiangCreditCode());
        String page = mvc.perform(form(post("/contracts"), fields).with(user(official)).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(page)
                .containsPattern("id=\"sellerCreditCode\"[^>]*aria-invalid=\"true\"")
                .contains("id=\"sellerCreditCode-error\">本辖区没有这个统一社会信用代码的企业</p>")
                .contains("value=\"" + fixtures.pengjiangCreditCode() + "\"")
                .contains("value=\"" + title + "\"");
        assertThat(queries.search(fixtures.principal(ContractPageFixtures.ADMIN), ContractPageFixtures.text(title),
                Pageable.unpaged()).getTotalElements()).isZero();

        // left empty, the seller is required
        fields.remove("sellerCreditCode");
        assertThat(mvc.perform(form(post("/contracts"), fields).with(user(official)).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString())
                .contains("id=\"sellerCreditCode-error\"");
    }

    @Test
    void theFormIsRefusedWithoutItsCsrfToken() throws Exception {
        String title = ContractPageFixtures.unique("无令牌");
        mvc.perform(form(post("/contracts"), ContractPageFixtures.validForm(title, ContractPageFixtures.randomAmount()))
                        .with(user(enterprise)))
                .andExpect(status().isForbidden());
        assertThat(queries.search(enterprise, ContractPageFixtures.text(title), Pageable.unpaged())
                .getTotalElements()).isZero();
    }

    @Test
    void aDoubleSubmittedFormFilesOneContract() throws Exception {
        String title = ContractPageFixtures.unique("双击");
        Map<String, String> fields = ContractPageFixtures.validForm(title, ContractPageFixtures.randomAmount());
        fields.put("idempotencyKey", "portal-" + title);
        String first = mvc.perform(form(post("/contracts"), fields).with(user(enterprise)).with(csrf()))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        String second = mvc.perform(form(post("/contracts"), fields).with(user(enterprise)).with(csrf()))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        assertThat(second).isEqualTo(first);

        // the same form changed and sent again (back button) files nothing more and says why
        fields.put("title", title + " 改");
        String page = mvc.perform(form(post("/contracts"), fields).with(user(enterprise)).with(csrf()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("这份表单已经提交过");
        assertThat(queries.search(enterprise, ContractPageFixtures.text(title), Pageable.unpaged())
                .getTotalElements()).isEqualTo(1);
    }

    @Test
    void aCorrectionOfAStalePageIsRefusedWithAMessage() throws Exception {
        ContractView draft = fixtures.fileForDemoEnterprise(ContractPageFixtures.unique("旧页面"), false);
        Map<String, String> fields = ContractPageFixtures.validForm(draft.title(), ContractPageFixtures.randomAmount());
        String page = mvc.perform(form(post("/contracts/{id}/edit", draft.id()), fields)
                        .param("version", String.valueOf(draft.version() + 5)).with(user(enterprise)).with(csrf()))
                .andExpect(status().isPreconditionFailed())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("该记录已被修改").doesNotContain("Exception");
    }

    private Map<String, String> mistakes(String buyer) {
        Map<String, String> fields = ContractPageFixtures.validForm("", new BigDecimal("1000.00"));
        fields.put("buyerName", buyer);
        fields.put("buyerCreditCode", "91440300708461136X");
        fields.put("validTo", java.time.LocalDate.parse(fields.get("validFrom")).minusDays(1).toString());
        fields.put("techTransactionAmount", "2000.00");
        return fields;
    }

    private long contractsOfBuyer(String buyer) {
        return queries.search(enterprise, ContractPageFixtures.text(buyer), Pageable.unpaged()).getTotalElements();
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, Map<String, String> fields) {
        fields.forEach(request::param);
        return request;
    }

    @Test
    void theFilingFormOffersTheRegistrationFormFieldsWithTheirDefaults() throws Exception {
        String form = mvc.perform(get("/contracts/new").with(user(enterprise))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("<option value=\"NONE\" selected=\"selected\">未涉及知识产权</option>")
                .contains("<option value=\"LUMP_SUM\" selected=\"selected\">一次总付</option>")
                .contains("<option value=\"MUNICIPAL\">市级计划</option>")
                .contains("<option value=\"\">按统一社会信用代码确定</option>")
                .contains("<option value=\"440704\">");

        String title = ContractPageFixtures.unique("登记表");
        MockHttpServletRequestBuilder request = post("/contracts").with(user(enterprise)).with(csrf());
        Map<String, String> fields = ContractPageFixtures.validForm(title, ContractPageFixtures.randomAmount());
        fields.put("buyerRegionCode", "");
        fields.putAll(Map.of("ipType", "PATENT", "planSource", "PROVINCIAL", "paymentMethod", "ROYALTY",
                "buyerNature", "UNIVERSITY"));
        fields.forEach(request::param);
        mvc.perform(request).andExpect(status().is3xxRedirection());

        ContractSummary filed = queries.search(enterprise, ContractPageFixtures.text(title),
                Pageable.ofSize(1)).getContent().get(0);
        ContractView view = queries.get(enterprise, filed.id());
        assertThat(view.ipType()).isEqualTo(IpType.PATENT);
        assertThat(view.planSource()).isEqualTo(PlanSource.PROVINCIAL);
        assertThat(view.paymentMethod()).isEqualTo(PaymentMethod.ROYALTY);
        assertThat(view.buyer().nature()).isEqualTo(PartyNature.UNIVERSITY);
        assertThat(view.buyer().regionCode()).as("from the credit code").isEqualTo("440300");
    }
}
