package cn.kjj.platform.enterprise;

import static cn.kjj.platform.enterprise.EnterpriseApi.ENTERPRISES;
import static cn.kjj.platform.enterprise.EnterpriseApi.JIANGHAI;
import static cn.kjj.platform.enterprise.EnterpriseApi.certificate;
import static cn.kjj.platform.enterprise.EnterpriseApi.json;
import static cn.kjj.platform.enterprise.EnterpriseApi.today;
import static cn.kjj.platform.enterprise.EnterpriseApi.uniqueWord;
import static cn.kjj.platform.enterprise.EnterpriseApi.with;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/** Initial certification, renewal (重新认定) and revocation of high-tech enterprise certificates. */
@ApiTest
class CertificationApiTest {

    @Autowired
    EnterpriseApi api;

    String official;
    long enterprise;

    @BeforeEach
    void anEnterpriseOfJianghai() {
        official = api.official(JIANGHAI);
        enterprise = api.created(JIANGHAI, uniqueWord());
    }

    @Test
    void aCertificateWithoutALastDayRunsThreeYearsAndMakesTheEnterpriseHighTech() {
        LocalDate issued = today().minusMonths(6);
        String lastDay = CertificationValidity.expiresOn(issued).toString();

        MvcTestResult result = api.certify(official, enterprise, certificate("INITIAL", issued, null));

        assertThat(result).hasStatus(HttpStatus.CREATED).hasHeader(HttpHeaders.ETAG, "\"0\"");
        JsonNode certificate = json(result);
        assertThat(certificate.get("expiresOn").asString()).isEqualTo(lastDay);
        assertThat(certificate.get("kind").asString()).isEqualTo("INITIAL");
        assertThat(certificate.get("status").asString()).isEqualTo("IN_FORCE");
        assertThat(result.getResponse().getHeader(HttpHeaders.LOCATION))
                .isEqualTo(ENTERPRISES + "/" + enterprise + "/certifications/" + certificate.get("id").asLong());
        JsonNode company = json(api.get(official, ENTERPRISES + "/{id}", enterprise));
        assertThat(company.get("highTech").asBoolean()).isTrue();
        assertThat(company.get("certifiedUntil").asString()).isEqualTo(lastDay);
        JsonNode list = json(api.get(official, ENTERPRISES + "/{id}/certifications", enterprise));
        assertThat(list.size()).isEqualTo(1);
        assertThat(list.get(0).get("certificateNo").asString()).isEqualTo(certificate.get("certificateNo").asString());
    }

    @Test
    void aDuplicateCertificateNumberIsA409AlsoForAnotherEnterprise() {
        Map<String, Object> body = certificate("INITIAL", today().minusYears(1), null);
        assertThat(api.certify(official, enterprise, body)).hasStatus(HttpStatus.CREATED);
        long other = api.created(JIANGHAI, uniqueWord());
        long before = api.certificationRows();

        MvcTestResult again = api.certify(official, other, with(body, "issuedOn", today().minusMonths(1).toString()));

        assertThat(again).hasStatus(HttpStatus.CONFLICT);
        assertThat(json(again).get("code").asString()).isEqualTo("error.certification.duplicateNumber");
        assertThat(api.certificationRows()).isEqualTo(before);
    }

    @Test
    void aRenewalInTheLastYearOfTheCertificateMayOverlapItButASecondInitialMayNot() {
        LocalDate issued = today().minusYears(3).plusMonths(2);
        api.certified(enterprise, "INITIAL", issued, null);

        MvcTestResult initial = api.certify(official, enterprise, certificate("INITIAL", today(), null));
        assertThat(initial).hasStatus(HttpStatus.CONFLICT);
        assertThat(json(initial).get("code").asString()).isEqualTo("error.certification.overlaps");

        MvcTestResult renewal = api.certify(official, enterprise, certificate("RENEWAL", today(), null));
        assertThat(renewal).hasStatus(HttpStatus.CREATED);
        JsonNode list = json(api.get(official, ENTERPRISES + "/{id}/certifications", enterprise));
        assertThat(list.get(0).get("kind").asString()).isEqualTo("RENEWAL");
        assertThat(list.get(1).get("renewed").asBoolean()).isTrue();
        assertThat(list.get(1).get("status").asString()).isEqualTo("IN_FORCE");
    }

    @Test
    void aRenewalWithoutAnEarlierCertificateIsA409() {
        MvcTestResult renewal = api.certify(official, enterprise, certificate("RENEWAL", today(), null));

        assertThat(renewal).hasStatus(HttpStatus.CONFLICT);
        assertThat(json(renewal).get("code").asString()).isEqualTo("error.certification.nothingToRenew");
    }

    @Test
    void aMalformedNumberAFutureIssueDateAndAMissingKindAreA400NamingEachAndNothingIsStored() {
        long before = api.certificationRows();
        Map<String, Object> body = with(certificate("INITIAL", today().plusDays(3), null), "certificateNo", "GX12");
        body.remove("kind");

        MvcTestResult result = api.certify(official, enterprise, body);

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(EnterpriseApiTest.fields(json(result)))
                .containsExactlyInAnyOrder("issuedOn", "certificateNo", "kind");
        assertThat(api.certificationRows()).isEqualTo(before);
    }

    @Test
    void revokingWithoutAReasonIsA400AndChangesNothing() {
        long certificate = api.certified(enterprise, "INITIAL", today().minusYears(1), null);

        MvcTestResult result = api.revoke(official, enterprise, certificate, Map.of("reason", "  "));

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(EnterpriseApiTest.fields(json(result))).containsExactly("reason");
        JsonNode list = json(api.get(official, ENTERPRISES + "/{id}/certifications", enterprise));
        assertThat(list.get(0).get("status").asString()).isEqualTo("IN_FORCE");
        assertThat(list.get(0).get("revokedOn").isNull()).isTrue();
    }

    @Test
    void revokingWithAReasonEndsTheCertificateOnceAndIsInTheHistory() {
        long certificate = api.certified(enterprise, "INITIAL", today().minusYears(1), null);

        MvcTestResult result = api.revoke(official, enterprise, certificate, Map.of("reason", "虚假申报"));

        assertThat(result).hasStatusOk().hasHeader(HttpHeaders.ETAG, "\"1\"");
        JsonNode revoked = json(result);
        assertThat(revoked.get("status").asString()).isEqualTo("REVOKED");
        assertThat(revoked.get("revokedOn").asString()).isEqualTo(today().toString());
        assertThat(revoked.get("revocationReason").asString()).isEqualTo("虚假申报");
        assertThat(json(api.get(official, ENTERPRISES + "/{id}", enterprise)).get("highTech").asBoolean()).isFalse();
        MvcTestResult twice = api.revoke(official, enterprise, certificate, Map.of("reason", "again"));
        assertThat(twice).hasStatus(HttpStatus.CONFLICT);
        assertThat(json(twice).get("code").asString()).isEqualTo("error.certification.alreadyRevoked");
        List<String> actions = new ArrayList<>();
        JsonNode history = json(api.get(official, ENTERPRISES + "/{id}/history", enterprise));
        history.forEach(entry -> actions.add(entry.get("action").asString()));
        assertThat(actions).containsExactly("enterprise.create", "certification.create", "certification.revoke");
        JsonNode revocation = history.get(2);
        assertThat(revocation.get("changes").findValuesAsString("field"))
                .containsExactly("revokedOn", "revocationReason");
    }

    @Test
    void aRevocationWithAStaleIfMatchIsA412() {
        long certificate = api.certified(enterprise, "INITIAL", today().minusYears(1), null);

        MvcTestResult stale = api.mvc().post()
                .uri(ENTERPRISES + "/{id}/certifications/{cid}/revoke", enterprise, certificate)
                .header(HttpHeaders.AUTHORIZATION, official).header(HttpHeaders.IF_MATCH, "\"7\"")
                .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("reason", "虚假申报"))).exchange();

        assertThat(stale).hasStatus(HttpStatus.PRECONDITION_FAILED);
        assertThat(json(api.get(official, ENTERPRISES + "/{id}/certifications/{cid}", enterprise, certificate))
                .get("status").asString()).isEqualTo("IN_FORCE");
    }

    @Test
    void aCertificateIsOnlyFoundUnderItsOwnEnterprise() {
        long certificate = api.certified(enterprise, "INITIAL", today().minusYears(1), null);
        long other = api.created(JIANGHAI, uniqueWord());

        assertThat(api.get(official, ENTERPRISES + "/{id}/certifications/{cid}", other, certificate))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.revoke(official, other, certificate, Map.of("reason", "x"))).hasStatus(HttpStatus.NOT_FOUND);
    }
}
