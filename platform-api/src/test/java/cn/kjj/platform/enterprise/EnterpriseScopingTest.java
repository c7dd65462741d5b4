package cn.kjj.platform.enterprise;

import static cn.kjj.platform.enterprise.EnterpriseApi.ENTERPRISES;
import static cn.kjj.platform.enterprise.EnterpriseApi.JIANGHAI;
import static cn.kjj.platform.enterprise.EnterpriseApi.JIANGMEN;
import static cn.kjj.platform.enterprise.EnterpriseApi.PENGJIANG;
import static cn.kjj.platform.enterprise.EnterpriseApi.PIPELINE;
import static cn.kjj.platform.enterprise.EnterpriseApi.certificate;
import static cn.kjj.platform.enterprise.EnterpriseApi.enterprise;
import static cn.kjj.platform.enterprise.EnterpriseApi.json;
import static cn.kjj.platform.enterprise.EnterpriseApi.today;
import static cn.kjj.platform.enterprise.EnterpriseApi.uniqueWord;
import static cn.kjj.platform.enterprise.EnterpriseApi.with;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Who sees and changes which enterprise: officials their region (a city its districts), analysts
 * everything read-only, an enterprise its own record; outside one's scope a record does not exist.
 */
@ApiTest
class EnterpriseScopingTest {

    @Autowired
    EnterpriseApi api;

    @Test
    void aJianghaiOfficialCannotSeeOrChangeAPengjiangEnterprise() {
        String word = uniqueWord();
        long pengjiang = api.created(PENGJIANG, word);
        long certificate = api.certified(pengjiang, "INITIAL", today().minusYears(1), null);
        String jianghai = api.official(JIANGHAI);
        long certificationsBefore = api.certificationRows();

        assertThat(api.get(jianghai, ENTERPRISES + "/{id}", pengjiang)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.get(jianghai, ENTERPRISES + "/{id}/certifications", pengjiang)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.get(jianghai, ENTERPRISES + "/{id}/history", pengjiang)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.put(jianghai, pengjiang, enterprise(PENGJIANG, "改名"), null)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.certify(jianghai, pengjiang, certificate("RENEWAL", today(), null)))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.revoke(jianghai, pengjiang, certificate, Map.of("reason", "越权")))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(json(api.get(jianghai, ENTERPRISES + "?q=" + word)).get("page").get("totalElements").asLong())
                .isZero();
        assertThat(json(api.get(api.official(PENGJIANG), ENTERPRISES + "/{id}", pengjiang)).get("name").asString())
                .isEqualTo(word);
        assertThat(api.certificationRows()).isEqualTo(certificationsBefore);
    }

    @Test
    void theCityOfficialSeesAndChangesTheEnterprisesOfItsDistricts() {
        String word = uniqueWord();
        Map<String, Object> body = enterprise(PENGJIANG, word);
        long pengjiang = json(api.create(api.admin(), body)).get("id").asLong();
        String city = api.official(JIANGMEN);

        assertThat(api.get(city, ENTERPRISES + "/{id}", pengjiang)).hasStatusOk();
        assertThat(json(api.get(city, ENTERPRISES + "?q=" + word)).get("page").get("totalElements").asLong())
                .isEqualTo(1);
        assertThat(api.put(city, pengjiang, with(body, "employees", 200), null)).hasStatusOk();
        assertThat(api.certify(city, pengjiang, certificate("INITIAL", today().minusMonths(2), null)))
                .hasStatus(HttpStatus.CREATED);
    }

    @Test
    void anOfficialCannotEnterOrMoveAnEnterpriseOutsideItsRegion() {
        String jianghai = api.official(JIANGHAI);
        long before = api.enterpriseRows();

        MvcTestResult outside = api.create(jianghai, enterprise(PENGJIANG, uniqueWord()));

        assertThat(outside).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(json(outside).get("errors").get(0).get("field").asString()).isEqualTo("regionCode");
        assertThat(json(outside).get("errors").get(0).get("code").asString())
                .isEqualTo("error.enterprise.regionOutOfScope");
        assertThat(api.enterpriseRows()).isEqualTo(before);
        Map<String, Object> body = enterprise(JIANGHAI, uniqueWord());
        long id = json(api.create(jianghai, body)).get("id").asLong();
        assertThat(api.put(jianghai, id, with(body, "regionCode", PENGJIANG), null)).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(json(api.get(jianghai, ENTERPRISES + "/{id}", id)).get("regionCode").asString()).isEqualTo(JIANGHAI);
    }

    @Test
    void anAnalystReadsEveryEnterpriseButChangesNothingAndSeesNoHistory() {
        Map<String, Object> body = enterprise(PENGJIANG, uniqueWord());
        long id = json(api.create(api.admin(), body)).get("id").asLong();
        String analyst = api.analyst();

        assertThat(api.get(analyst, ENTERPRISES + "/{id}", id)).hasStatusOk();
        assertThat(json(api.get(analyst, ENTERPRISES + "/{id}", id)).get("editable").asBoolean()).isFalse();
        assertThat(api.get(analyst, ENTERPRISES + "/{id}/certifications", id)).hasStatusOk();
        assertThat(api.get(analyst, ENTERPRISES)).hasStatusOk();
        assertThat(api.get(analyst, PIPELINE)).hasStatusOk();
        assertThat(api.create(analyst, enterprise(PENGJIANG, uniqueWord())))
                .hasStatus(HttpStatus.FORBIDDEN)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(api.put(analyst, id, with(body, "employees", 1), null)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(api.certify(analyst, id, certificate("INITIAL", today(), null))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(api.get(analyst, ENTERPRISES + "/{id}/history", id)).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void anEnterpriseSeesItsOwnRecordOnlyAndChangesNothing() {
        Map<String, Object> body = enterprise(JIANGHAI, uniqueWord());
        long own = json(api.create(api.admin(), body)).get("id").asLong();
        long neighbour = api.created(JIANGHAI, uniqueWord());
        String clerk = api.clerkOf(own);

        assertThat(api.get(clerk, ENTERPRISES + "/{id}", own)).hasStatusOk();
        assertThat(api.get(clerk, ENTERPRISES + "/{id}/certifications", own)).hasStatusOk();
        assertThat(api.get(clerk, ENTERPRISES + "/{id}/history", own)).hasStatusOk();
        assertThat(api.get(clerk, ENTERPRISES + "/{id}", neighbour)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(EnterpriseApiTest.ids(json(api.get(clerk, ENTERPRISES + "?size=200")))).containsExactly(own);
        assertThat(api.put(clerk, own, with(body, "employees", 1), null)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(api.certify(clerk, own, certificate("INITIAL", today(), null))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(api.get(clerk, PIPELINE)).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void anAdministratorSeesAndChangesEnterprisesEverywhere() {
        Map<String, Object> body = enterprise(PENGJIANG, uniqueWord());
        String admin = api.admin();
        long id = json(api.create(admin, body)).get("id").asLong();

        assertThat(api.put(admin, id, with(body, "regionCode", "440781"), "\"0\"")).hasStatusOk();
        assertThat(json(api.get(admin, ENTERPRISES + "/{id}", id)).get("regionCode").asString()).isEqualTo("440781");
    }

    @Test
    void withoutCredentialsEveryEnterpriseAddressIsA401() {
        assertThat(api.mvc().get().uri(ENTERPRISES)).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(api.mvc().get().uri(PIPELINE)).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(api.mvc().post().uri(ENTERPRISES).contentType(MediaType.APPLICATION_JSON)
                .content(json(enterprise(JIANGHAI, uniqueWord())))).hasStatus(HttpStatus.UNAUTHORIZED);
    }
}
