package cn.kjj.platform.indicator;

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

/** Targets: set by officials for their region, read with the indicator's actual value and the progress. */
@ApiTest
class TargetApiTest {

    static final String JIANGHAI = "440704";
    static final String PENGJIANG = "440703";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    ApiFixtures fixtures;

    String jianghaiOfficial;
    /** A year of this test's own between 7000 and 8999 (no other test records those). */
    int year;

    @BeforeEach
    void setUp() {
        jianghaiOfficial = fixtures.officialBearer(JIANGHAI);
        year = ThreadLocalRandom.current().nextInt(7000, 9000);
    }

    @Test
    void aTargetOfThreeTechnologySmesWithTwoRegisteredIsTwoThirdsCutNotRoundedAndReachedWithTheThird() {
        smes(2);

        assertThat(put(jianghaiOfficial, "tech-smes", "{\"value\": 3, \"note\": \"区科技局年度计划\"}", null))
                .hasStatus(HttpStatus.CREATED).hasHeader(HttpHeaders.ETAG, "\"0\"").bodyJson()
                .hasPathSatisfying("$.actual", v -> v.assertThat().isEqualTo(2))
                .hasPathSatisfying("$.progress", v -> v.assertThat().asNumber()
                        .satisfies(n -> assertThat(n.toString()).isEqualTo("0.666")))
                .hasPathSatisfying("$.reached", v -> v.assertThat().isEqualTo(false));
        smes(1);

        assertThat(get(fixtures.quickBearer(Role.ANALYST), "/api/v1/targets?region=440700&year=" + year))
                .hasStatusOk().bodyJson()
                .hasPathSatisfying("$[*].regionCode", v -> v.assertThat().asList().containsExactly(JIANGHAI))
                .hasPathSatisfying("$[0].value", v -> v.assertThat().isEqualTo(3))
                .hasPathSatisfying("$[0].note", v -> v.assertThat().isEqualTo("区科技局年度计划"))
                .hasPathSatisfying("$[0].progress", v -> v.assertThat().asNumber()
                        .satisfies(n -> assertThat(n.toString()).isEqualTo("1.0")))
                .hasPathSatisfying("$[0].reached", v -> v.assertThat().isEqualTo(true));
        assertThat(mvc.get().uri("/api/v1/targets?region=440704&year=" + year)
                .header(HttpHeaders.AUTHORIZATION, jianghaiOfficial).accept(MediaType.parseMediaType("text/csv")))
                .hasStatusOk().bodyText()
                .contains("regionCode,regionName,indicator,year,value,note,actual,progress,reached")
                .contains("440704,江海区,tech-smes," + year + ",3,区科技局年度计划,3,1.000,true");
    }

    @Test
    void changingATargetAnswers200WithTheNextVersionAndAStaleIfMatchIs412() {
        assertThat(put(jianghaiOfficial, "high-tech-enterprises", "{\"value\": 563}", null)).hasStatus(HttpStatus.CREATED);

        assertThat(put(jianghaiOfficial, "high-tech-enterprises", "{\"value\": 600}", "\"0\""))
                .hasStatusOk().hasHeader(HttpHeaders.ETAG, "\"1\"");
        assertThat(put(jianghaiOfficial, "high-tech-enterprises", "{\"value\": 700}", "\"0\""))
                .hasStatus(HttpStatus.PRECONDITION_FAILED);
        assertThat(fixtures.jdbc().sql("select value from target where region_code = ? and year = ?")
                .params(JIANGHAI, year).query(java.math.BigDecimal.class).single()).isEqualByComparingTo("600");
    }

    @Test
    void aValueTheIndicatorCannotHoldIsRefusedAndNothingIsKept() {
        assertThat(put(jianghaiOfficial, "rd-intensity", "{\"value\": 2.7}", null))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.errors[0].code", v -> v.assertThat().isEqualTo("error.target.fraction"));
        assertThat(put(jianghaiOfficial, "high-tech-enterprises", "{\"value\": 563.5}", null))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.errors[0].code", v -> v.assertThat().isEqualTo("error.target.places"));
        assertThat(put(jianghaiOfficial, "program-funding", "{\"value\": 100}", null))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.errors[0].field", v -> v.assertThat().isEqualTo("indicator"));
        assertThat(put(jianghaiOfficial, "no-such-indicator", "{\"value\": 1}", null)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(fixtures.jdbc().sql("select count(*) from target where year = ?").param(year).query(Long.class)
                .single()).isZero();
    }

    @Test
    void anOfficialOfAnotherDistrictNeitherSetsNorReadsItsTargetsAndAnAnalystOnlyReads() {
        assertThat(put(jianghaiOfficial, PENGJIANG, "tech-smes", "{\"value\": 10}", null)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(get(jianghaiOfficial, "/api/v1/targets?region=" + PENGJIANG)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(put(fixtures.quickBearer(Role.ANALYST), PENGJIANG, "tech-smes", "{\"value\": 10}", null))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(fixtures.jdbc().sql("select count(*) from target where year = ?").param(year).query(Long.class)
                .single()).isZero();
    }

    @Test
    void theOpenApiDocumentNamesTheOperationsOfTargetsTechnologySmesAndTheirIndicator() {
        assertThat(mvc.get().uri("/v3/api-docs")).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.paths['/api/v1/targets/{regionCode}/{indicator}/{year}'].put.operationId",
                        v -> v.assertThat().isEqualTo("putTarget"))
                .hasPathSatisfying("$.paths['/api/v1/targets'].get.operationId", v -> v.assertThat().isEqualTo("listTargets"))
                .hasPathSatisfying("$.paths['/api/v1/tech-smes'].post.operationId",
                        v -> v.assertThat().isEqualTo("createTechSme"))
                .hasPathSatisfying("$.paths['/api/v1/indicators/tech-smes'].get.operationId",
                        v -> v.assertThat().isEqualTo("techSmes"));
    }

    /** Registers {@code count} new Jianghai enterprises as technology SMEs of the test's year. */
    private void smes(int count) {
        for (int i = 0; i < count; i++) {
            long enterprise = fixtures.enterprise(JIANGHAI);
            fixtures.jdbc().sql("insert into tech_sme (enterprise_id, year, registration_no, region_code) "
                    + "values (?, ?, ?, ?)").params(enterprise, year, "T%d%06d".formatted(year, enterprise), JIANGHAI).update();
        }
    }

    private MvcTestResult put(String bearer, String indicator, String json, String ifMatch) {
        return put(bearer, JIANGHAI, indicator, json, ifMatch);
    }

    private MvcTestResult put(String bearer, String region, String indicator, String json, String ifMatch) {
        var request = mvc.put().uri("/api/v1/targets/{region}/{indicator}/{year}", region, indicator, year)
                .header(HttpHeaders.AUTHORIZATION, bearer).contentType(MediaType.APPLICATION_JSON).content(json);
        if (ifMatch != null) {
            request = request.header(HttpHeaders.IF_MATCH, ifMatch);
        }
        return request.exchange();
    }

    private MvcTestResult get(String bearer, String path) {
        return mvc.get().uri(path).header(HttpHeaders.AUTHORIZATION, bearer).exchange();
    }
}
