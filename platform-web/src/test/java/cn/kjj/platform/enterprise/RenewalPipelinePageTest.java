package cn.kjj.platform.enterprise;

import static cn.kjj.platform.enterprise.EnterprisePageFixtures.ANALYST;
import static cn.kjj.platform.enterprise.EnterprisePageFixtures.CITY_OFFICIAL;
import static cn.kjj.platform.enterprise.EnterprisePageFixtures.ENPING;
import static cn.kjj.platform.enterprise.EnterprisePageFixtures.ENTERPRISE;
import static cn.kjj.platform.enterprise.EnterprisePageFixtures.OFFICIAL;
import static cn.kjj.platform.enterprise.EnterprisePageFixtures.today;
import static cn.kjj.platform.enterprise.EnterprisePageFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.kjj.platform.PageDates;
import cn.kjj.platform.PortalTest;
import cn.kjj.platform.identity.AccountPrincipal;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** The renewal pipeline page (高企到期): what ends soon without a renewal, each row leading to its enterprise. */
@PortalTest
class RenewalPipelinePageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    EnterprisePageFixtures fixtures;
    AccountPrincipal city;

    @BeforeEach
    void setUp() {
        fixtures = new EnterprisePageFixtures(context);
        city = fixtures.principal(CITY_OFFICIAL);
    }

    @Test
    void aCertificateEndingIn100DaysIsListedWithALinkToItsEnterpriseAndARenewalShortcut() throws Exception {
        String name = unique("到期");
        EnterpriseView enterprise = fixtures.enterprise(name, ENPING);
        CertificationView certificate = fixtures.certificateEndingIn(enterprise.id(), 100);

        String page = html("/certifications/expiring?region=" + ENPING, city);

        assertThat(page).contains("<h1>高企到期</h1>")
                .contains("<option value=\"180\" selected=\"selected\">180 天内</option>")
                .contains("href=\"/enterprises/" + enterprise.id() + "\"").contains(">" + name + "</a>")
                .contains(certificate.certificateNo()).contains(PageDates.zh(certificate.expiresOn()))
                .contains("100 天")
                .contains("href=\"/enterprises/" + enterprise.id() + "/certifications/new?kind=RENEWAL\"");
    }

    @Test
    void renewedRevokedAndLaterCertificatesAreNotListed() throws Exception {
        EnterpriseView renewed = fixtures.enterprise(unique("已续"), ENPING);
        CertificationView renewedCertificate = fixtures.certificateEndingIn(renewed.id(), 100);
        fixtures.renewal(renewed.id(), today());
        EnterpriseView revoked = fixtures.enterprise(unique("已撤"), ENPING);
        CertificationView revokedCertificate = fixtures.certificateEndingIn(revoked.id(), 100);
        fixtures.revoke(revoked.id(), revokedCertificate.id(), "虚假申报");
        EnterpriseView later = fixtures.enterprise(unique("较晚"), ENPING);
        CertificationView laterCertificate = fixtures.certificateEndingIn(later.id(), 200);

        String within180 = html("/certifications/expiring?withinDays=180&region=" + ENPING, city);
        String within365 = html("/certifications/expiring?withinDays=365&region=" + ENPING, city);

        assertThat(within180).doesNotContain(renewedCertificate.certificateNo())
                .doesNotContain(revokedCertificate.certificateNo())
                .doesNotContain(laterCertificate.certificateNo());
        assertThat(within365).contains(laterCertificate.certificateNo())
                .contains("<option value=\"365\" selected=\"selected\">365 天内</option>");
    }

    @Test
    void aWindowOutsideOneDayToTenYearsIsExplainedBesideTheSelector() throws Exception {
        String page = mvc.perform(get("/certifications/expiring?withinDays=0").with(user(city)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"withinDays-error\">天数须在 1 到 3650 之间").doesNotContain("pipeline-row");
    }

    @Test
    void theJianghaiOfficialSeesOnlyJianghaiAndThePageSpeaksEnglish() throws Exception {
        EnterpriseView enping = fixtures.enterprise(unique("恩平"), ENPING);
        CertificationView certificate = fixtures.certificateEndingIn(enping.id(), 30);

        String page = mvc.perform(get("/certifications/expiring?withinDays=30").cookie(new Cookie("lang", "en"))
                        .with(user(fixtures.principal(OFFICIAL))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<html lang=\"en\">").contains("Expiring certificates")
                .doesNotContain(certificate.certificateNo());
    }

    @Test
    void analystsReadThePipelineButEnterprisesMayNot() throws Exception {
        EnterpriseView enterprise = fixtures.enterprise(unique("分析看"), ENPING);
        CertificationView certificate = fixtures.certificateEndingIn(enterprise.id(), 45);

        assertThat(html("/certifications/expiring?withinDays=45&region=" + ENPING, fixtures.principal(ANALYST)))
                .contains(certificate.certificateNo())
                .doesNotContain("certifications/new?kind=RENEWAL");
        mvc.perform(get("/certifications/expiring").with(user(fixtures.principal(ENTERPRISE))))
                .andExpect(status().isForbidden());
    }

    private String html(String uri, AccountPrincipal reader) throws Exception {
        return mvc.perform(get(uri).with(user(reader)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
