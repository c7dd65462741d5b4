package cn.kjj.platform.sme;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiFixtures;
import cn.kjj.platform.ApiTest;
import cn.kjj.platform.identity.Role;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Technology SMEs: recorded by officials for their enterprises, one a year, counted by the indicator. */
@ApiTest
class TechSmeApiTest {

    static final String JIANGHAI = "440704";
    static final String PENGJIANG = "440703";
    static final String JIANGMEN = "440700";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    ApiFixtures fixtures;

    String jianghaiOfficial;
    String pengjiangOfficial;
    /** An even year of this test's own between 3000 and 4998 (no other test records those), so that counts are its own. */
    int year;

    @BeforeEach
    void setUp() {
        jianghaiOfficial = fixtures.officialBearer(JIANGHAI);
        pengjiangOfficial = fixtures.officialBearer(PENGJIANG);
        year = ThreadLocalRandom.current().nextInt(1500, 2500) * 2;
    }

    @Test
    void anOfficialRecordsItsEnterpriseAsATechnologySmeKeptInTheEnterprisesDistrict() {
        long enterprise = fixtures.enterprise(JIANGHAI);

        MvcTestResult created = post(jianghaiOfficial, body(enterprise, year, "2021440704a0001", "72.5"));

        assertThat(created).hasStatus(HttpStatus.CREATED).bodyJson()
                .hasPathSatisfying("$.regionCode", v -> v.assertThat().isEqualTo(JIANGHAI))
                .hasPathSatisfying("$.registrationNo", v -> v.assertThat().isEqualTo("2021440704A0001"))
                .hasPathSatisfying("$.enterpriseCreditCode", v -> v.assertThat().isEqualTo(fixtures.creditCodeOf(enterprise)))
                .hasPathSatisfying("$.score", v -> v.assertThat().asNumber()
                        .satisfies(n -> assertThat(n.toString()).isEqualTo("72.5")));
        assertThat(created.getResponse().getHeader(HttpHeaders.LOCATION)).matches("/api/v1/tech-smes/\\d+");
        assertThat(get(jianghaiOfficial, "/api/v1/tech-smes?year=" + year)).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.content[*].enterpriseId", v -> v.assertThat().asList()
                        .containsExactly((int) enterprise));
    }

    @Test
    void aSecondRegistrationOfTheSameEnterpriseAndYearIs409AndSoIsANumberAlreadyHeldThatYear() {
        long enterprise = fixtures.enterprise(JIANGHAI);
        long other = fixtures.enterprise(JIANGHAI);
        assertThat(post(jianghaiOfficial, body(enterprise, year, "N" + year + "01", null))).hasStatus(HttpStatus.CREATED);

        assertThat(post(jianghaiOfficial, body(enterprise, year, "N" + year + "02", null)))
                .hasStatus(HttpStatus.CONFLICT).bodyJson()
                .hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.techSme.duplicate"));
        assertThat(post(jianghaiOfficial, body(other, year, "N" + year + "01", null)))
                .hasStatus(HttpStatus.CONFLICT).bodyJson()
                .hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.techSme.numberTaken"));
        // the next year is a registration of its own
        assertThat(post(jianghaiOfficial, body(enterprise, year + 1, "N" + year + "01", null)))
                .hasStatus(HttpStatus.CREATED);
        assertThat(fixtures.jdbc().sql("select count(*) from tech_sme where enterprise_id in (?, ?)")
                .params(enterprise, other).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void anOfficialOfAnotherDistrictNeitherSeesNorRecordsAJianghaiEnterprise() {
        long enterprise = fixtures.enterprise(JIANGHAI);
        String location = post(jianghaiOfficial, body(enterprise, year, "J" + year + "01", null)).getResponse()
                .getHeader(HttpHeaders.LOCATION);

        assertThat(get(pengjiangOfficial, location)).hasStatus(HttpStatus.NOT_FOUND).bodyJson()
                .hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.techSme.notFound"));
        assertThat(get(pengjiangOfficial, "/api/v1/tech-smes?year=" + year)).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.page.totalElements", v -> v.assertThat().isEqualTo(0));
        assertThat(post(pengjiangOfficial, body(enterprise, year + 1, "P" + year + "01", null)))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.errors[0].field", v -> v.assertThat().isEqualTo("enterpriseId"));
        assertThat(get(fixtures.officialBearer(JIANGMEN), location)).hasStatusOk();
    }

    @Test
    void aYearBefore2017AndAScoreAbove100AreRefusedNamingTheirFields() {
        long enterprise = fixtures.enterprise(JIANGHAI);

        assertThat(post(jianghaiOfficial, body(enterprise, 2016, "X2016001", "100.01")))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.errors[*].field", v -> v.assertThat().asList()
                        .containsExactlyInAnyOrder("year", "score"));
        assertThat(fixtures.jdbc().sql("select count(*) from tech_sme where enterprise_id = ?").param(enterprise)
                .query(Long.class).single()).isZero();
    }

    @Test
    void theIndicatorCountsEachDistrictsTechnologySmesAndTheCityTheirSumWithTheRecordsBehindIt() {
        for (int i = 0; i < 2; i++) {
            post(jianghaiOfficial, body(fixtures.enterprise(JIANGHAI), year, "C" + year + "J" + i, null));
        }
        post(pengjiangOfficial, body(fixtures.enterprise(PENGJIANG), year, "C" + year + "P", null));
        String analyst = fixtures.quickBearer(Role.ANALYST);

        assertThat(get(analyst, "/api/v1/indicators/tech-smes?region=" + JIANGHAI + "&from=" + (year - 1) + "&to=" + year))
                .hasStatusOk().bodyJson()
                .hasPathSatisfying("$.series[*].value", v -> v.assertThat().asList().containsExactly(0, 2))
                .hasPathSatisfying("$.series[1].lineage", v -> v.assertThat().asString()
                        .contains("/api/v1/indicators/tech-smes/lineage?region=440704&period=" + year));
        assertThat(get(analyst, "/api/v1/indicators/tech-smes?region=" + JIANGMEN + "&from=" + year + "&to=" + year))
                .hasStatusOk().bodyJson()
                .hasPathSatisfying("$.series[0].value", v -> v.assertThat().isEqualTo(3));
        assertThat(get(analyst, "/api/v1/indicators/tech-smes/lineage?region=" + JIANGHAI + "&period=" + year))
                .hasStatusOk().bodyJson()
                .hasPathSatisfying("$.total", v -> v.assertThat().isEqualTo(2))
                .hasPathSatisfying("$.records[*].registrationNo", v -> v.assertThat().asList()
                        .containsExactly("C" + year + "J0", "C" + year + "J1"));
    }

    private static String body(long enterpriseId, int year, String number, String score) {
        return """
                {"enterpriseId": %d, "year": %d, "registrationNo": "%s", "score": %s}"""
                .formatted(enterpriseId, year, number, score);
    }

    private MvcTestResult post(String bearer, String json) {
        return mvc.post().uri("/api/v1/tech-smes").header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON).content(json).exchange();
    }

    private MvcTestResult get(String bearer, String path) {
        return mvc.get().uri(path).header(HttpHeaders.AUTHORIZATION, bearer).exchange();
    }
}
