package cn.kjj.platform.contract;

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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The official's 认定 on the contract page (type, subtype and the 核定 amount, with messages beside
 * the fields), refusals on a ground, and the registration form's fields of the filing form.
 */
@PortalTest
class ContractRegistrationPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    ContractQueries queries;

    ContractPageFixtures fixtures;
    AccountPrincipal official;

    @BeforeEach
    void setUp() {
        fixtures = new ContractPageFixtures(context);
        official = fixtures.principal(OFFICIAL);
    }

    @Test
    void theOfficialConfirmsOrChangesTypeSubtypeAndTheDecidedAmountWithMessagesBesideTheFields() throws Exception {
        BigDecimal amount = new BigDecimal("1200000.00");
        ContractView contract = fixtures.fileForDemoEnterprise(ContractPageFixtures.unique("认定"), amount, true);
        assertThat(html(contract.id()))
                .containsPattern("<option value=\"TECHNOLOGY_DEVELOPMENT\" selected=\"selected\">技术开发</option>")
                .containsPattern("<option value=\"COMMISSIONED\"\\s+selected=\"selected\">委托开发</option>")
                .containsPattern("id=\"decision-amount\"[^>]*value=\"1200000.00\"");

        MvcResult tooMuch = mvc.perform(register(contract, "TECHNOLOGY_DEVELOPMENT", "COMMISSIONED", "1200000.01"))
                .andExpect(redirectedUrl("/contracts/" + contract.id()))
                .andExpect(flash().attribute("failedAction", ContractAction.REGISTER)).andReturn();
        assertThat(follow(tooMuch))
                .contains("<details class=\"decision\" id=\"decision-register\" open=\"open\">")
                .containsPattern("id=\"decision-amount\"[^>]*aria-invalid=\"true\"[^>]*value=\"1200000.01\"")
                .contains("id=\"decision-amount-error\">技术交易额不能超过合同成交额</p>");

        MvcResult wrongSubtype = mvc.perform(register(contract, "TECHNOLOGY_DEVELOPMENT", "PATENT", "900000"))
                .andExpect(flash().attribute("failedAction", ContractAction.REGISTER)).andReturn();
        assertThat(follow(wrongSubtype)).contains("id=\"decision-subtype-error\">子类型与合同类型不符</p>");
        mvc.perform(register(contract, "TECHNOLOGY_DEVELOPMENT", "COMMISSIONED", "9.999"))
                .andExpect(flash().attribute("fieldErrors", Map.of("techTransactionAmount", "金额最多保留两位小数")));
        assertThat(queries.get(official, contract.id()).status()).isEqualTo(ContractStatus.SUBMITTED);

        MvcResult done = mvc.perform(register(contract, "TECHNOLOGY_TRANSFER", "TECHNICAL_SECRET", "960,000.00"))
                .andExpect(flash().attribute("notice", Matchers.startsWith("已登记，登记编号 "))).andReturn();
        ContractView registered = queries.get(official, contract.id());
        assertThat(registered.techTransactionAmount()).isEqualByComparingTo("960000.00");
        assertThat(registered.declaredTechTransactionAmount()).isEqualByComparingTo("1200000.00");
        assertThat(registered.type()).isEqualTo(ContractType.TECHNOLOGY_TRANSFER);
        assertThat(follow(done)).contains("核定技术交易额（元）").containsPattern("class=\"num tech-amount\">[^<]*960,000.00")
                .contains("申报技术交易额（元）").containsPattern("class=\"num declared-amount\">[^<]*1,200,000.00")
                .containsPattern("核定技术交易额 [^<]*960,000.00").contains("免征增值税");
    }

    @Test
    void aRefusalNamesItsGroundWhichTheHistoryAndTheListShow() throws Exception {
        ContractView contract = fixtures.fileForDemoEnterprise(ContractPageFixtures.unique("不予登记理由"), true);

        MvcResult noGround = mvc.perform(post("/contracts/{id}/reject", contract.id()).param("reason", "见附件")
                        .param("reasonCode", "").with(user(official)).with(csrf()))
                .andExpect(flash().attribute("failedAction", ContractAction.REJECT)).andReturn();
        assertThat(follow(noGround)).contains("id=\"reason-code-reject-error\">须选择不予登记的理由类别</p>")
                .containsPattern("id=\"reason-reject\"[^>]*>见附件</textarea>");

        mvc.perform(post("/contracts/{id}/reject", contract.id()).param("reasonCode", "DISGUISED_PURCHASE")
                        .param("reason", "").with(user(official)).with(csrf()))
                .andExpect(flash().attribute("notice", "已决定不予登记。"));
        assertThat(html(contract.id())).contains("class=\"reason-ground\">以技术合同名义购销货物或设备</p>")
                .contains("以技术合同名义购销货物或设备：");
        String list = mvc.perform(get("/contracts").param("reasonCode", "DISGUISED_PURCHASE")
                        .param("q", contract.title()).with(user(official)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains(contract.title());
    }

    @Test
    void theFilingFormOffersTheRegistrationFormFieldsWithTheirDefaults() throws Exception {
        AccountPrincipal enterprise = fixtures.principal(ENTERPRISE);
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
                org.springframework.data.domain.Pageable.ofSize(1)).getContent().get(0);
        ContractView view = queries.get(enterprise, filed.id());
        assertThat(view.ipType()).isEqualTo(IpType.PATENT);
        assertThat(view.planSource()).isEqualTo(PlanSource.PROVINCIAL);
        assertThat(view.paymentMethod()).isEqualTo(PaymentMethod.ROYALTY);
        assertThat(view.buyer().nature()).isEqualTo(PartyNature.UNIVERSITY);
        assertThat(view.buyer().regionCode()).as("from the credit code").isEqualTo("440300");
    }

    private MockHttpServletRequestBuilder register(ContractView contract, String type, String subtype, String amount) {
        return post("/contracts/{id}/register", contract.id()).param("version", String.valueOf(contract.version()))
                .param("type", type).param("subtype", subtype).param("techTransactionAmount", amount)
                .with(user(official)).with(csrf());
    }

    private String html(long id) throws Exception {
        return mvc.perform(get("/contracts/{id}", id).with(user(official)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** The page a redirect leads to, with the flash messages the redirect left in the session store. */
    private String follow(MvcResult redirect) throws Exception {
        Cookie session = redirect.getResponse().getCookie("SESSION");
        return mvc.perform(get(redirect.getResponse().getRedirectedUrl()).with(user(official)).cookie(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
