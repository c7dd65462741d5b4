package cn.kjj.platform.enterprise;

import static cn.kjj.platform.enterprise.EnterpriseApi.ENPING;
import static cn.kjj.platform.enterprise.EnterpriseApi.JIANGHAI;
import static cn.kjj.platform.enterprise.EnterpriseApi.JIANGMEN;
import static cn.kjj.platform.enterprise.EnterpriseApi.PIPELINE;
import static cn.kjj.platform.enterprise.EnterpriseApi.json;
import static cn.kjj.platform.enterprise.EnterpriseApi.today;
import static cn.kjj.platform.enterprise.EnterpriseApi.uniqueWord;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * The renewal pipeline: certificates ending within N days whose enterprise has no later
 * certificate yet. Its certificates live in Enping and end on the day the window is asked
 * about, so that a narrow window sorted latest first finds them among the first rows whatever
 * other tests have stored.
 */
@ApiTest
class RenewalPipelineTest {

    @Autowired
    EnterpriseApi api;

    String enping;

    @BeforeEach
    void anOfficialOfEnping() {
        enping = api.official(ENPING);
    }

    @Test
    void aCertificateEndingIn100DaysWithoutRenewalIsListedWithItsEnterprise() {
        String name = uniqueWord();
        long enterprise = api.created(ENPING, name);
        long certificate = endingIn(enterprise, 100);

        JsonNode row = row(pipeline(enping, 100), certificate);

        assertThat(row).as("listed").isNotNull();
        assertThat(row.get("enterpriseId").asLong()).isEqualTo(enterprise);
        assertThat(row.get("enterpriseName").asString()).isEqualTo(name);
        assertThat(row.get("daysLeft").asLong()).isEqualTo(100);
        assertThat(row.get("expiresOn").asString()).isEqualTo(today().plusDays(100).toString());
        assertThat(row(pipeline(enping, 180), certificate)).as("within the default 180 days").isNotNull();
    }

    @Test
    void aCertificateWithARenewalIsNotListed() {
        long enterprise = api.created(ENPING, uniqueWord());
        long certificate = endingIn(enterprise, 100);
        api.certified(enterprise, "RENEWAL", today(), null);

        assertThat(row(pipeline(enping, 100), certificate)).isNull();
    }

    @Test
    void aRevokedCertificateIsNotListed() {
        long enterprise = api.created(ENPING, uniqueWord());
        long certificate = endingIn(enterprise, 100);
        assertThat(api.revoke(api.admin(), enterprise, certificate, Map.of("reason", "虚假申报"))).hasStatusOk();

        assertThat(row(pipeline(enping, 100), certificate)).isNull();
    }

    @Test
    void aCertificateEndingIn200DaysIsNotListedWithin180DaysButWithin200() {
        long enterprise = api.created(ENPING, uniqueWord());
        long certificate = endingIn(enterprise, 200);

        assertThat(row(pipeline(enping, 180), certificate)).isNull();
        assertThat(row(pipeline(enping, 200), certificate)).isNotNull();
    }

    @Test
    void aCertificateThatEndedYesterdayIsNoLongerInThePipeline() {
        long enterprise = api.created(ENPING, uniqueWord());
        long certificate = endingIn(enterprise, -1);

        assertThat(ids(pipelinePage(enping, "withinDays=1&sort=expiresOn,asc"))).doesNotContain(certificate);
    }

    @Test
    void theDefaultWindowIs180DaysSoonestFirst() {
        long enterprise = api.created(ENPING, uniqueWord());
        long certificate = endingIn(enterprise, 0);

        JsonNode page = pipelinePage(enping, "region=" + ENPING);
        assertThat(ids(page)).contains(certificate);
        List<String> days = new ArrayList<>();
        page.get("content").forEach(r -> days.add(r.get("expiresOn").asString()));
        assertThat(days).isSorted();
        assertThat(days.get(days.size() - 1)).isLessThanOrEqualTo(today().plusDays(180).toString());
    }

    @Test
    void eachOfficialSeesThePipelineOfItsRegionOnly() {
        long enterprise = api.created(ENPING, uniqueWord());
        long certificate = endingIn(enterprise, 90);

        assertThat(row(pipeline(api.official(JIANGHAI), 90), certificate)).isNull();
        assertThat(row(pipeline(api.official(JIANGMEN), 90), certificate)).isNotNull();
        assertThat(row(pipeline(api.analyst(), 90), certificate)).isNotNull();
        assertThat(ids(pipelinePage(api.official(JIANGMEN), "withinDays=90&region=" + JIANGHAI
                + "&sort=expiresOn,desc&size=200"))).doesNotContain(certificate);
    }

    @Test
    void aWindowOutsideOneDayToTenYearsIsA400NamingWithinDays() {
        for (String days : List.of("0", "3651", "-3")) {
            MvcTestResult result = api.get(enping, PIPELINE + "?withinDays=" + days);
            assertThat(result).as(days).hasStatus(HttpStatus.BAD_REQUEST);
            assertThat(EnterpriseApiTest.fields(json(result))).as(days).containsExactly("withinDays");
        }
        assertThat(api.get(enping, PIPELINE + "?withinDays=soon")).hasStatus(HttpStatus.BAD_REQUEST);
    }

    /** A certificate of an Enping enterprise whose last day is {@code days} from today. */
    private long endingIn(long enterprise, int days) {
        LocalDate lastDay = today().plusDays(days);
        return api.certified(enterprise, "INITIAL", lastDay.plusDays(1).minusYears(3), lastDay);
    }

    /** The window's latest certificates first: those ending on its last day lead. */
    private JsonNode pipeline(String bearer, int withinDays) {
        return pipelinePage(bearer, "withinDays=" + withinDays + "&sort=expiresOn,desc&size=200");
    }

    private JsonNode pipelinePage(String bearer, String query) {
        MvcTestResult result = api.get(bearer, PIPELINE + "?" + query);
        assertThat(result).hasStatusOk();
        return json(result);
    }

    private static JsonNode row(JsonNode page, long certificationId) {
        for (JsonNode r : page.get("content")) {
            if (r.get("certificationId").asLong() == certificationId) {
                return r;
            }
        }
        return null;
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("content").forEach(r -> ids.add(r.get("certificationId").asLong()));
        return ids;
    }
}
