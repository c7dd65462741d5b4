package cn.kjj.platform.contract;

import static cn.kjj.platform.contract.ContractPageFixtures.ENTERPRISE;
import static cn.kjj.platform.contract.ContractPageFixtures.OFFICIAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.kjj.platform.PortalTest;
import cn.kjj.platform.identity.AccountPrincipal;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The portal's side of decision 0036: filing as the buyer from the form, the detail page showing who
 * registered and the seller abroad, the link to the certificate's public verification page, and the
 * contracts registered elsewhere listed apart from the local ones.
 */
@PortalTest
class BuyerFilingPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

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
    void anEnterpriseFilesALicenceFromAbroadAsTheBuyerAndTheOfficialSeesTheRoleAndTheSellerAbroad() throws Exception {
        String title = ContractPageFixtures.unique("技术进口");
        Map<String, String> form = licenceFromAbroad(title);

        MvcResult filed = mvc.perform(withFields(post("/contracts"), form).with(user(enterprise)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();

        String page = mvc.perform(get(filed.getResponse().getRedirectedUrl()).with(user(official)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(title)
                .contains("class=\"filer-role\">买方登记")
                .contains("class=\"seller-name\">Siemens AG")
                .contains("class=\"seller-country\">DE")
                .contains("class=\"seller-nature\">境外组织")
                // the buyer is the filer itself, not the buyer typed in the form
                .doesNotContain("深圳市示例买方有限公司");
    }

    @Test
    void theBuyerCorrectsTheSellerAbroadOfItsDraftOnTheEditForm() throws Exception {
        String title = ContractPageFixtures.unique("技术进口更正");
        Map<String, String> form = licenceFromAbroad(title);
        String location = mvc.perform(withFields(post("/contracts"), form).param("intent", "draft")
                .with(user(enterprise)).with(csrf())).andExpect(status().is3xxRedirection()).andReturn()
                .getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/contracts/".length()));
        ContractView draft = context.getBean(ContractQueries.class).get(enterprise, id);

        String edit = mvc.perform(get("/contracts/{id}/edit", id).with(user(enterprise))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(edit).contains("value=\"Siemens AG\"").contains("name=\"role\" value=\"BUYER\"");

        form.remove("role");
        form.put("abroadSellerName", "Siemens Healthineers AG");
        mvc.perform(withFields(post("/contracts/{id}/edit", id), form).param("role", "BUYER")
                        .param("version", String.valueOf(draft.version())).param("intent", "draft")
                        .with(user(enterprise)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/contracts/{id}", id).with(user(enterprise))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("class=\"seller-name\">Siemens Healthineers AG").contains("class=\"filer-role\">买方登记");
    }

    @Test
    void theContractListNarrowsToWhatBuyersFiledOrWhatSellersFiled() throws Exception {
        String bought = ContractPageFixtures.unique("买方登记筛选");
        Map<String, String> form = licenceFromAbroad(bought);
        mvc.perform(withFields(post("/contracts"), form).with(user(enterprise)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String sold = ContractPageFixtures.unique("卖方登记筛选");
        mvc.perform(withFields(post("/contracts"), ContractPageFixtures.validForm(sold,
                ContractPageFixtures.randomAmount())).with(user(enterprise)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        String buyers = mvc.perform(get("/contracts").param("filerRole", "BUYER").param("q", "登记筛选")
                .with(user(enterprise))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(buyers).contains(bought).doesNotContain(sold)
                .contains("<option value=\"BUYER\" selected=\"selected\">");
        String sellers = mvc.perform(get("/contracts").param("filerRole", "SELLER").param("q", "登记筛选")
                .with(user(enterprise))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(sellers).contains(sold).doesNotContain(bought);
    }

    /** A licence from Siemens AG filed by its Jianghai buyer, as the form sends it. */
    private static Map<String, String> licenceFromAbroad(String title) {
        Map<String, String> form = ContractPageFixtures.validForm(title, ContractPageFixtures.randomAmount());
        form.put("type", "TECHNOLOGY_LICENSING");
        form.put("role", "BUYER");
        form.put("abroadSellerName", "Siemens AG");
        form.put("abroadSellerCountry", "DE");
        return form;
    }

    @Test
    void aConsultingContractFiledAsTheBuyerIsShownAgainWithTheRuleBesideTheRole() throws Exception {
        Map<String, String> form = ContractPageFixtures.validForm(ContractPageFixtures.unique("咨询"),
                ContractPageFixtures.randomAmount());
        form.put("type", "TECHNICAL_CONSULTING");
        form.remove("subtype");
        form.put("role", "BUYER");
        form.put("abroadSellerName", "Acme Consulting Ltd");
        form.put("abroadSellerCountry", "GB");

        String page = mvc.perform(withFields(post("/contracts"), form).with(user(enterprise)).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("买方只能登记技术进口合同").contains("aria-invalid=\"true\"");
    }

    @Test
    void theDetailPageOfARegisteredContractLinksToItsPublicVerificationPage() throws Exception {
        ContractView contract = fixtures.fileForDemoEnterprise(ContractPageFixtures.unique("核验"), true);
        assertThat(html(contract.id(), official)).doesNotContain("id=\"verification-link\"");

        context.getBean(ContractService.class).register(official, contract.id(), null);

        String token = context.getBean(JdbcClient.class)
                .sql("select verification_token from technology_contract where id = ?").param(contract.id())
                .query(String.class).single();
        assertThat(html(contract.id(), official)).contains("id=\"verification-link\"")
                .contains("href=\"/verify/" + token + "\"").contains("登记证明公开核验页");
        mvc.perform(get("/verify/{token}", token)).andExpect(status().isOk());
    }

    @Test
    void contractsRegisteredElsewhereAreListedApartFromTheLocalOnes() throws Exception {
        String number = "2025440106" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        long id = context.getBean(JdbcClient.class).sql("""
                insert into external_contract_registration (registration_no, registering_region_code, registered_on,
                    signed_on, type, technology_field, seller_name, seller_credit_code, buyer_name, buyer_credit_code,
                    buyer_region_code, contract_amount, tech_transaction_amount)
                values (?, '440106', date '2025-05-20', date '2025-04-28', 'TECHNOLOGY_TRANSFER', 'BIOMEDICINE',
                    '广州异地卖方有限公司', '91440300708461136T', ?, ?, '440704', 456789.00, 400000.00) returning id""")
                .params(number, "江海区异地买方" + number, fixtures.demoEnterpriseCreditCode())
                .query(Long.class).single();

        String list = mvc.perform(get("/contracts/external").param("q", number).with(user(official)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("异地登记合同").contains(number).contains("广州异地卖方有限公司")
                .contains("href=\"/contracts/external/" + id + "\"")
                // filled by import only: no "register" button, a link to the import instead
                .doesNotContain("href=\"/contracts/external/new\"").contains("href=\"/imports/external-contracts\"");
        String local = mvc.perform(get("/contracts").param("q", number).with(user(official)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(local).doesNotContain("广州异地卖方有限公司");
        assertThat(mvc.perform(get("/contracts/external/{id}", id).with(user(official)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains(number).contains("456,789.00");
        mvc.perform(get("/contracts/external").with(user(enterprise))).andExpect(status().isForbidden());
    }

    private String html(long id, AccountPrincipal reader) throws Exception {
        return mvc.perform(get("/contracts/{id}", id).with(user(reader)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static MockHttpServletRequestBuilder withFields(MockHttpServletRequestBuilder request,
                                                           Map<String, String> fields) {
        fields.forEach(request::param);
        return request;
    }
}
