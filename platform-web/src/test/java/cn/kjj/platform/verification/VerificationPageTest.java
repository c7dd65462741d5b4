package cn.kjj.platform.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.kjj.platform.PortalTest;
import cn.kjj.platform.contract.Buyer;
import cn.kjj.platform.contract.ContractService;
import cn.kjj.platform.contract.ContractSubtype;
import cn.kjj.platform.contract.ContractTerms;
import cn.kjj.platform.contract.ContractType;
import cn.kjj.platform.contract.ContractView;
import cn.kjj.platform.contract.NewContract;
import cn.kjj.platform.contract.ReviewClock;
import cn.kjj.platform.contract.TechnologyField;
import cn.kjj.platform.contract.VerificationToken;
import cn.kjj.platform.identity.AccountPrincipal;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The public verification page of a certificate (decision 0033), signed out, on the demo data: what a
 * tax office or a buyer sees in either language, the revocation, nothing personal, one 404 page for
 * every miss, and nothing else of the portal opened with it.
 */
@PortalTest
class VerificationPageTest {

    private static final String BUYER = "深圳市核验测试买方有限公司";
    private static final String REASON = "合同已解除；经办人李四，电话 13900139000，邮箱 lisi@example.com";

    @Autowired
    MockMvc mvc;
    @Autowired
    ContractService contracts;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    JdbcClient jdbc;

    private AccountPrincipal principal(String username) {
        return ((AccountPrincipal) accounts.loadUserByUsername(username)).withoutPassword();
    }

    private ContractView filed(BigDecimal amount, boolean submit) {
        LocalDate signed = LocalDate.now(ReviewClock.ZONE).minusDays(10);
        ContractTerms terms = new ContractTerms("核验页测试合同", ContractType.TECHNOLOGY_TRANSFER, ContractSubtype.PATENT,
                TechnologyField.NEW_MATERIALS, new Buyer(BUYER, "91440300708461136T", "440300", "CN"), signed, signed,
                signed.plusYears(1), amount, amount.subtract(new BigDecimal("1000.00")));
        return contracts.create(principal("enterprise.demo"), new NewContract(terms, null, submit));
    }

    private ContractView registered(BigDecimal amount) {
        return contracts.register(principal("official.jianghai"), filed(amount, true).id(), null);
    }

    private boolean hasToken(long id) {
        return jdbc.sql("select verification_token is not null from technology_contract where id = ?").param(id)
                .query(Boolean.class).single();
    }

    private String tokenOf(long id) {
        return jdbc.sql("select verification_token from technology_contract where id = ?").param(id)
                .query(String.class).single();
    }

    private MockHttpServletResponse page(String token, String lang) throws Exception {
        return mvc.perform(get("/verify/{token}", token).param("lang", lang)).andReturn().getResponse();
    }

    private static String text(MockHttpServletResponse response) {
        return new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private static BigDecimal randomAmount() {
        return BigDecimal.valueOf(ThreadLocalRandom.current().nextLong(10_000_000L, 400_000_000L), 2);
    }

    @Test
    void signedOutAnyoneSeesNumberPartiesAmountsAndStatusInChineseOrEnglish() throws Exception {
        ContractView contract = registered(new BigDecimal("1234567.89"));

        MockHttpServletResponse zh = page(tokenOf(contract.id()), "zh-CN");
        MockHttpServletResponse en = page(tokenOf(contract.id()), "en");

        assertThat(zh.getStatus()).isEqualTo(200);
        assertThat(zh.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
        assertThat(text(zh)).contains("<html lang=\"zh-CN\"", "技术合同登记核验", contract.registrationNo(),
                contract.sellerName(), BUYER, "¥1,234,567.89", "¥1,233,567.89", "已登记", "技术转让",
                "江门市江海区科学技术局", "登记现行有效");
        assertThat(text(en)).contains("<html lang=\"en\"", "Technology contract registration check",
                contract.registrationNo(), contract.sellerName(), BUYER, "¥1,234,567.89", "Registered",
                "the registration is in force");
    }

    @Test
    void afterARevocationThePageSaysRevokedAndShowsNothingPersonal() throws Exception {
        ContractView contract = registered(randomAmount());
        contracts.revoke(principal("official.jianghai"), contract.id(), REASON, null);

        String zh = text(page(tokenOf(contract.id()), "zh-CN"));
        String en = text(page(tokenOf(contract.id()), "en"));

        assertThat(zh).contains(contract.registrationNo(), "已撤销", "登记证明不再有效").doesNotContain("登记现行有效");
        assertThat(en).contains("Revoked", "no longer valid");
        for (String page : List.of(zh, en)) {
            assertThat(page).doesNotContain("李四", "13900139000", "lisi@example.com", "@example", "合同已解除",
                    principal("official.jianghai").displayName(), principal("enterprise.demo").displayName(),
                    "91440300708461136T", "attachments", "logout");
        }
    }

    @Test
    void everyTokenThatAddressesNoRegisteredContractGetsTheSame404Page() throws Exception {
        ContractView contract = registered(randomAmount());
        ContractView draft = filed(randomAmount(), false);
        ContractView firstReviewOnly = contracts.register(principal("official.jianghai"),
                filed(new BigDecimal("6000000.00").add(randomAmount()), true).id(), null);
        assertThat(hasToken(draft.id())).isFalse();
        assertThat(hasToken(firstReviewOnly.id())).isFalse();

        List<String> bodies = new ArrayList<>();
        for (String miss : List.of(VerificationToken.random(), contract.registrationNo(), String.valueOf(contract.id()),
                String.valueOf(draft.id()), tokenOf(contract.id()).toUpperCase(), tokenOf(contract.id()) + "0")) {
            MockHttpServletResponse response = page(miss, "zh-CN");
            assertThat(response.getStatus()).as(miss).isEqualTo(404);
            bodies.add(text(response));
        }
        assertThat(bodies).allSatisfy(body -> assertThat(body).isEqualTo(bodies.get(0)));
        assertThat(bodies.get(0)).contains("找不到您要访问的页面").doesNotContain(contract.registrationNo());
    }

    @Test
    void onlyThisPageIsOpenTheRestOfThePortalStillAsksForSignIn() throws Exception {
        ContractView contract = registered(randomAmount());

        assertThat(page(tokenOf(contract.id()), "zh-CN").getStatus()).isEqualTo(200);
        for (String path : List.of("/contracts/" + contract.id(), "/contracts/" + contract.id() + "/certificate",
                "/verify", "/verify/" + tokenOf(contract.id()) + "/certificate", "/contracts")) {
            MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
            assertThat(response.getRedirectedUrl()).as(path).endsWith("/login");
        }
    }
}
