package cn.kjj.platform.enterprise;

import static cn.kjj.platform.enterprise.EnterprisePageFixtures.ANALYST;
import static cn.kjj.platform.enterprise.EnterprisePageFixtures.DEMO_ENTERPRISE_NAME;
import static cn.kjj.platform.enterprise.EnterprisePageFixtures.ENTERPRISE;
import static cn.kjj.platform.enterprise.EnterprisePageFixtures.JIANGHAI;
import static cn.kjj.platform.enterprise.EnterprisePageFixtures.OFFICIAL;
import static cn.kjj.platform.enterprise.EnterprisePageFixtures.today;
import static cn.kjj.platform.enterprise.EnterprisePageFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.kjj.platform.PageDates;
import cn.kjj.platform.PortalTest;
import cn.kjj.platform.contract.Buyer;
import cn.kjj.platform.contract.ContractService;
import cn.kjj.platform.contract.ContractSubtype;
import cn.kjj.platform.contract.ContractTerms;
import cn.kjj.platform.contract.ContractType;
import cn.kjj.platform.contract.ContractView;
import cn.kjj.platform.contract.NewContract;
import cn.kjj.platform.contract.TechnologyField;
import cn.kjj.platform.identity.AccountPrincipal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The enterprise page: details, certificates with their status, contracts, platforms, awards, history. */
@PortalTest
class EnterpriseDetailPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    EnterprisePageFixtures fixtures;
    AccountPrincipal official;

    @BeforeEach
    void setUp() {
        fixtures = new EnterprisePageFixtures(context);
        official = fixtures.principal(OFFICIAL);
    }

    @Test
    void theDemoEnterprisePageShowsItsContractsPlatformsAndAwards() throws Exception {
        AccountPrincipal clerk = fixtures.principal(ENTERPRISE);
        String title = unique("企业页合同");
        ContractView contract = context.getBean(ContractService.class).create(clerk, new NewContract(terms(title), null, true));

        String page = html("/enterprises/" + clerk.enterpriseId(), official);

        assertThat(page).contains("<h1 class=\"enterprise-name\">" + DEMO_ENTERPRISE_NAME + "</h1>")
                .contains("91440704MA4WJH011B")
                .contains("href=\"/contracts/" + contract.id() + "\"").contains(title)
                .contains("江门市智能装备工程技术研究中心").contains("省级")
                .contains("2023年江海区科技创新券").contains("¥200,000.00")
                .contains("GR202344004567");
    }

    @Test
    void eachCertificateShowsWhereItStands() throws Exception {
        EnterpriseView enterprise = fixtures.enterprise(unique("状态"), JIANGHAI);
        CertificationView expired = context.getBean(CertificationService.class).certify(fixtures.principal("admin"),
                enterprise.id(), new NewCertification(EnterprisePageFixtures.certificateNo(), CertificationKind.INITIAL,
                        LocalDate.of(2012, 12, 2), null));
        CertificationView revoked = fixtures.certificateEndingIn(enterprise.id(), 400);
        fixtures.revoke(enterprise.id(), revoked.id(), "虚假申报");
        EnterpriseView other = fixtures.enterprise(unique("将到期"), JIANGHAI);
        CertificationView soon = fixtures.certificateEndingIn(other.id(), 60);

        String page = html("/enterprises/" + enterprise.id(), official);
        String expiring = html("/enterprises/" + other.id(), official);

        assertThat(page).contains(expired.certificateNo()).contains("已过期")
                .contains(revoked.certificateNo()).contains("已撤销").contains(PageDates.zh(today()) + " 撤销：虚假申报")
                .contains("目前没有有效的高新技术企业证书");
        assertThat(expiring).contains(soon.certificateNo()).contains("即将到期")
                .contains("高新技术企业，证书有效至 " + PageDates.zh(soon.expiresOn()))
                .contains("href=\"/enterprises/" + other.id() + "/certifications/new?kind=RENEWAL\"")
                .contains("href=\"/enterprises/" + other.id() + "/certifications/" + soon.id() + "/revoke\"");
    }

    @Test
    void theHistoryShowsWhoChangedWhichFieldFromWhatToWhat() throws Exception {
        String before = unique("旧名");
        Map<String, String> form = EnterprisePageFixtures.validForm(before, JIANGHAI);
        String location = mvc.perform(post("/enterprises").params(params(form)).with(user(official)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        form.put("name", "新名称" + before);
        form.put("employees", "150");
        form.put("version", "0");
        mvc.perform(post(location + "/edit").params(params(form)).with(user(official)).with(csrf()))
                .andExpect(redirectedUrl(location));

        String page = html(location, official);

        assertThat(page).contains("修改记录")
                .contains("修改企业信息</span>").contains("登记企业</span>")
                .contains("<span class=\"history__actor\">official.jianghai</span>")
                .contains("<td class=\"history__before\">" + before + "</td>")
                .contains("<td class=\"history__after\">新名称" + before + "</td>")
                .contains("<td class=\"history__before\">80</td>")
                .contains("<td class=\"history__after\">150</td>");
        assertThat(page.indexOf("修改企业信息</span>")).as("newest first")
                .isLessThan(page.indexOf("登记企业</span>"));
    }

    static MultiValueMap<String, String> params(Map<String, String> form) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        form.forEach(params::add);
        return params;
    }

    @Test
    void anAnalystReadsThePageWithoutHistoryOrButtons() throws Exception {
        EnterpriseView enterprise = fixtures.enterprise(unique("分析"), JIANGHAI);
        fixtures.certificateEndingIn(enterprise.id(), 300);

        String page = html("/enterprises/" + enterprise.id(), fixtures.principal(ANALYST));

        assertThat(page).contains(enterprise.name())
                .doesNotContain("修改记录")
                .doesNotContain("/edit\"")
                .doesNotContain("/revoke\"")
                .doesNotContain("certifications/new");
    }

    @Test
    void anEnterpriseSeesItsOwnPageButNoOther() throws Exception {
        AccountPrincipal clerk = fixtures.principal(ENTERPRISE);
        EnterpriseView neighbour = fixtures.enterprise(unique("邻居"), JIANGHAI);

        assertThat(html("/enterprises/" + clerk.enterpriseId(), clerk)).contains(DEMO_ENTERPRISE_NAME)
                .doesNotContain("/edit\"");
        mvc.perform(get("/enterprises/{id}", neighbour.id()).with(user(clerk))).andExpect(status().isNotFound());
        mvc.perform(get("/enterprises/{id}", 987_654_321L).with(user(official))).andExpect(status().isNotFound());
    }

    private static ContractTerms terms(String title) {
        LocalDate signed = today().minusDays(5);
        BigDecimal amount = BigDecimal.valueOf(ThreadLocalRandom.current().nextLong(10_000_000L, 400_000_000L), 2);
        return new ContractTerms(title, ContractType.TECHNOLOGY_DEVELOPMENT, ContractSubtype.COMMISSIONED,
                TechnologyField.ADVANCED_MANUFACTURING, new Buyer("深圳市示例买方有限公司", "91440300708461136T", "440300", "CN"),
                signed, signed, signed.plusYears(1), amount, amount);
    }

    private String html(String uri, AccountPrincipal reader) throws Exception {
        return mvc.perform(get(uri).with(user(reader)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
