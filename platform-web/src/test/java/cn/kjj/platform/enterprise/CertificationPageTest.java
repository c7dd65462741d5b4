package cn.kjj.platform.enterprise;

import static cn.kjj.platform.enterprise.EnterprisePageFixtures.JIANGHAI;
import static cn.kjj.platform.enterprise.EnterprisePageFixtures.OFFICIAL;
import static cn.kjj.platform.enterprise.EnterprisePageFixtures.certificateNo;
import static cn.kjj.platform.enterprise.EnterprisePageFixtures.today;
import static cn.kjj.platform.enterprise.EnterprisePageFixtures.unique;
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
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** Entering certificates (initial, renewal) and revoking one with a reason and a confirmation step. */
@PortalTest
class CertificationPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    EnterpriseQueries queries;

    EnterprisePageFixtures fixtures;
    AccountPrincipal official;
    EnterpriseView enterprise;

    @BeforeEach
    void setUp() {
        fixtures = new EnterprisePageFixtures(context);
        official = fixtures.principal(OFFICIAL);
        enterprise = fixtures.enterprise(unique("认定"), JIANGHAI);
    }

    @Test
    void aRenewalIsOfferedOnceACertificateExistsAndRunsThreeYearsByDefault() throws Exception {
        CertificationView first = fixtures.certificateEndingIn(enterprise.id(), 100);
        String form = mvc.perform(get("/enterprises/{id}/certifications/new", enterprise.id()).with(user(official)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("value=\"RENEWAL\" checked=\"checked\"").contains(first.certificateNo())
                .contains("留空则为发证日起三年");
        String number = certificateNo();
        LocalDate issued = today().minusDays(3);

        mvc.perform(post("/enterprises/{id}/certifications", enterprise.id())
                        .param("kind", "RENEWAL").param("certificateNo", number).param("issuedOn", issued.toString())
                        .param("expiresOn", "").with(user(official)).with(csrf()))
                .andExpect(redirectedUrl("/enterprises/" + enterprise.id()))
                .andExpect(flash().attribute("notice", "已登记证书 " + number + "，有效期至 "
                        + PageDates.zh(CertificationValidity.expiresOn(issued)) + "。"));

        assertThat(queries.certifications(official, enterprise.id()))
                .extracting(CertificationView::certificateNo, CertificationView::kind)
                .contains(org.assertj.core.groups.Tuple.tuple(number, CertificationKind.RENEWAL));
    }

    @Test
    void mistakesInTheCertificateFormComeBackBesideTheirFields() throws Exception {
        String page = mvc.perform(post("/enterprises/{id}/certifications", enterprise.id())
                        .param("kind", "INITIAL").param("certificateNo", "GX12").param("issuedOn", today().plusDays(5).toString())
                        .with(user(official)).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"certificateNo-error\">证书编号须为 GR 或 GF 加 12 位数字")
                .contains("id=\"issuedOn-error\">发证日期不能晚于今天")
                .contains("value=\"GX12\"");
        assertThat(queries.certifications(official, enterprise.id())).isEmpty();
    }

    @Test
    void aRenewalWithoutAnEarlierCertificateIsExplainedBesideTheKindInEnglish() throws Exception {
        String page = mvc.perform(post("/enterprises/{id}/certifications", enterprise.id())
                        .param("kind", "RENEWAL").param("certificateNo", certificateNo())
                        .param("issuedOn", today().toString()).cookie(new Cookie("lang", "en"))
                        .with(user(official)).with(csrf()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"kind-error\">The enterprise has no earlier certificate to renew");
    }

    @Test
    void aDuplicateCertificateNumberIsShownBesideTheNumber() throws Exception {
        CertificationView taken = fixtures.certificateEndingIn(fixtures.enterprise(unique("占号"), JIANGHAI).id(), 500);

        String page = mvc.perform(post("/enterprises/{id}/certifications", enterprise.id())
                        .param("kind", "INITIAL").param("certificateNo", taken.certificateNo())
                        .param("issuedOn", today().toString()).with(user(official)).with(csrf()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"certificateNo-error\">证书编号 " + taken.certificateNo() + " 已经登记过");
    }

    @Test
    void revokingAsksForAReasonThenForConfirmationAndOnlyThenRevokes() throws Exception {
        CertificationView certificate = fixtures.certificateEndingIn(enterprise.id(), 300);
        String uri = "/enterprises/" + enterprise.id() + "/certifications/" + certificate.id() + "/revoke";

        String start = mvc.perform(get(uri).with(user(official))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(start).contains("name=\"reason\"").contains("value=\"" + today() + "\"").contains("name=\"_csrf\"");

        String noReason = mvc.perform(post(uri).param("reason", " ").param("revokedOn", today().toString())
                        .with(user(official)).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(noReason).contains("id=\"reason-error\">撤销证书须填写原因");

        String confirm = mvc.perform(post(uri).param("reason", "虚假申报").param("revokedOn", today().toString())
                        .with(user(official)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(confirm).contains("请确认撤销").contains("此操作不能撤回")
                .contains("name=\"confirmed\" value=\"true\"").contains("name=\"reason\" value=\"虚假申报\"");
        assertThat(queries.certification(official, enterprise.id(), certificate.id()).revoked())
                .as("nothing revoked before the confirmation").isFalse();

        String back = mvc.perform(post(uri).param("reason", "虚假申报").param("revokedOn", today().toString())
                        .param("back", "true").with(user(official)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(back).contains(">虚假申报</textarea>").doesNotContain("请确认撤销");

        mvc.perform(post(uri).param("reason", "虚假申报").param("revokedOn", today().toString())
                        .param("confirmed", "true").with(user(official)).with(csrf()))
                .andExpect(redirectedUrl("/enterprises/" + enterprise.id()))
                .andExpect(flash().attribute("notice", "已撤销证书 " + certificate.certificateNo() + "。"));
        CertificationView revoked = queries.certification(official, enterprise.id(), certificate.id());
        assertThat(revoked.status()).isEqualTo(CertificationStatus.REVOKED);
        assertThat(revoked.revocationReason()).isEqualTo("虚假申报");
    }

    @Test
    void aRevocationDayInTheFutureIsRefusedBesideTheDay() throws Exception {
        CertificationView certificate = fixtures.certificateEndingIn(enterprise.id(), 300);

        String page = mvc.perform(post("/enterprises/{id}/certifications/{cid}/revoke", enterprise.id(), certificate.id())
                        .param("reason", "虚假申报").param("revokedOn", today().plusDays(1).toString())
                        .param("confirmed", "true").with(user(official)).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"revokedOn-error\">撤销日期不能晚于今天");
        assertThat(queries.certification(official, enterprise.id(), certificate.id()).revoked()).isFalse();
    }

    @Test
    void onlyOfficialsOfTheRegionEnterOrRevokeCertificates() throws Exception {
        CertificationView certificate = fixtures.certificateEndingIn(enterprise.id(), 300);
        AccountPrincipal analyst = fixtures.principal(EnterprisePageFixtures.ANALYST);

        mvc.perform(get("/enterprises/{id}/certifications/new", enterprise.id()).with(user(analyst)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/enterprises/{id}/certifications/{cid}/revoke", enterprise.id(), certificate.id())
                        .param("reason", "x").param("revokedOn", today().toString()).param("confirmed", "true")
                        .with(user(analyst)).with(csrf()))
                .andExpect(status().isForbidden());
        EnterpriseView pengjiang = fixtures.enterprise(unique("外区"), EnterprisePageFixtures.PENGJIANG);
        mvc.perform(get("/enterprises/{id}/certifications/new", pengjiang.id()).with(user(official)))
                .andExpect(status().isNotFound());
        assertThat(queries.certification(official, enterprise.id(), certificate.id()).revoked()).isFalse();
    }
}
