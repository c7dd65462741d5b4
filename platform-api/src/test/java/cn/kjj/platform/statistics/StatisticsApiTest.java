package cn.kjj.platform.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiFixtures;
import cn.kjj.platform.ApiTest;
import cn.kjj.platform.account.AccountView;
import cn.kjj.platform.identity.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Statistics by district and year. Each test takes a year of its own in the 1980s, which no
 * other test and no demo data use, so that the shared database does not mix them up.
 */
@ApiTest
class StatisticsApiTest {

    static final String JIANGHAI = "440704";
    static final String PENGJIANG = "440703";
    static final String XINHUI = "440705";
    private static final AtomicInteger YEARS = new AtomicInteger(1980);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApiFixtures fixtures;

    AccountView officialAccount;
    String official;
    String admin;
    int year;

    @BeforeEach
    void signIn() {
        officialAccount = fixtures.quickAccount(Role.OFFICIAL, JIANGHAI, null);
        official = ApiFixtures.bearer(fixtures.token(officialAccount));
        admin = fixtures.quickBearer(Role.ADMIN);
        year = YEARS.getAndIncrement();
    }

    @Test
    void aSecondPutRevisesTheFiguresAndTheRevisionsListBothWithSourceAndAuthor() {
        AccountView adminAccount = fixtures.quickAccount(Role.ADMIN, null, null);
        String secondAuthor = ApiFixtures.bearer(fixtures.token(adminAccount));

        assertThat(put(official, JIANGHAI, year, figures("30000000000.00", "1500000000.00", "统计年鉴 初步数")))
                .hasStatus(HttpStatus.CREATED).hasHeader(HttpHeaders.ETAG, "\"0\"");
        assertThat(put(secondAuthor, JIANGHAI, year, figures("31500000000.00", "1798650000.00", "统计公报 最终核实数")))
                .hasStatusOk().hasHeader(HttpHeaders.ETAG, "\"1\"");

        assertThat(get(official, "/api/v1/statistics/regional/" + JIANGHAI + "/" + year)).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.gdp", v -> v.assertThat().asNumber().satisfies(
                        n -> assertThat(new BigDecimal(n.toString())).isEqualByComparingTo("31500000000")))
                .hasPathSatisfying("$.source", v -> v.assertThat().isEqualTo("统计公报 最终核实数"))
                .hasPathSatisfying("$.updatedBy", v -> v.assertThat().isEqualTo(adminAccount.username()));
        assertThat(get(official, "/api/v1/statistics/regional/" + JIANGHAI + "/" + year + "/revisions"))
                .hasStatusOk().bodyJson()
                .hasPathSatisfying("$[*].source", v -> v.assertThat().asList()
                        .containsExactly("统计年鉴 初步数", "统计公报 最终核实数"))
                .hasPathSatisfying("$[*].recordedBy", v -> v.assertThat().asList()
                        .containsExactly(officialAccount.username(), adminAccount.username()))
                .hasPathSatisfying("$[*].current", v -> v.assertThat().asList().containsExactly(false, true))
                .hasPathSatisfying("$[0].rdExpenditure", v -> v.assertThat().asNumber().satisfies(
                        n -> assertThat(new BigDecimal(n.toString())).isEqualByComparingTo("1500000000")));
        assertThat(fixtures.jdbc().sql("select count(*) from audit_event where entity_type = 'regional_statistic' "
                        + "and entity_id = ?").param(JIANGHAI + "/" + year).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void theSameFiguresAgainMakeNoRevision() {
        put(official, JIANGHAI, year, figures("100.00", "5.00", "公报"));

        assertThat(put(official, JIANGHAI, year, figures("100", "5.0", "公报"))).hasStatusOk()
                .hasHeader(HttpHeaders.ETAG, "\"0\"");
        assertThat(get(official, "/api/v1/statistics/regional/" + JIANGHAI + "/" + year + "/revisions"))
                .bodyJson().hasPathSatisfying("$.length()", v -> v.assertThat().isEqualTo(1));
    }

    @Test
    void aCityOrAProvinceIs400AndAnUnknownRegionIs404() {
        assertThat(put(admin, "440700", year, figures("100.00", "5.00", "公报"))).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .hasPathSatisfying("$.errors[0].field", v -> v.assertThat().isEqualTo("regionCode"))
                .hasPathSatisfying("$.errors[0].code", v -> v.assertThat().isEqualTo("error.statistics.notDistrict"));
        assertThat(put(fixtures.officialBearer("440700"), "440700", year, figures("100.00", "5.00", "公报")))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(put(admin, "440000", year, figures("100.00", "5.00", "公报"))).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(put(admin, "999999", year, figures("100.00", "5.00", "公报"))).hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson().hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.region.notFound"));
        assertThat(rows(year)).isZero();
    }

    @Test
    void anOfficialRecordsOnlyForTheDistrictsOfItsRegionAndAnAnalystNotAtAll() {
        assertThat(put(official, PENGJIANG, year, figures("100.00", "5.00", "公报"))).hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson().hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.statistics.regionOutOfScope"));
        assertThat(put(fixtures.quickBearer(Role.ANALYST), JIANGHAI, year, figures("100.00", "5.00", "公报")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(put(fixtures.enterpriseBearer(fixtures.enterprise()), JIANGHAI, year, figures("100.00", "5.00", "公报")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(put(fixtures.officialBearer("440700"), PENGJIANG, year, figures("100.00", "5.00", "公报")))
                .hasStatus(HttpStatus.CREATED);
        assertThat(rows(year)).isEqualTo(1);
    }

    @Test
    void figuresWithThreeDecimalsNegativeOrWithoutSourceAre400AndNothingIsStored() {
        assertThat(put(official, JIANGHAI, year, """
                {"gdp": 100.001, "rdExpenditure": -1, "source": " "}""")).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .hasPathSatisfying("$.errors[*].field", v -> v.assertThat().asList()
                        .containsExactlyInAnyOrder("gdp", "rdExpenditure", "source"))
                .hasPathSatisfying("$.errors[?(@.field == 'gdp')].code", v -> v.assertThat().asList()
                        .containsExactly("error.money.scale"));
        assertThat(rows(year)).isZero();
    }

    @Test
    void aYearBefore1980OrAfterNextYearIs400() {
        int afterNext = LocalDate.now().getYear() + 2;

        assertThat(put(admin, JIANGHAI, 1979, figures("100.00", "5.00", "公报"))).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().hasPathSatisfying("$.errors[0].field", v -> v.assertThat().isEqualTo("year"));
        assertThat(put(admin, JIANGHAI, afterNext, figures("100.00", "5.00", "公报"))).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(get(admin, "/api/v1/statistics/regional?from=1990&to=1985")).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().hasPathSatisfying("$.errors[0].field", v -> v.assertThat().isEqualTo("to"));
    }

    @Test
    void aCityListsOneRowPerDistrictAndYearAndAJianghaiOfficialOnlyItsOwn() {
        String city = fixtures.officialBearer("440700");
        put(city, JIANGHAI, year, figures("300.00", "17.13", "公报"));
        put(city, XINHUI, year, figures("500.00", "10.00", "公报"));

        assertThat(get(city, "/api/v1/statistics/regional?region=440700&from=" + year + "&to=" + year)).hasStatusOk()
                .bodyJson()
                .hasPathSatisfying("$[*].regionCode", v -> v.assertThat().asList().containsExactly(JIANGHAI, XINHUI))
                .hasPathSatisfying("$[*].year", v -> v.assertThat().asList().containsOnly(year));
        assertThat(get(official, "/api/v1/statistics/regional?from=" + year + "&to=" + year)).hasStatusOk()
                .bodyJson().hasPathSatisfying("$[*].regionCode", v -> v.assertThat().asList().containsExactly(JIANGHAI));
        assertThat(get(official, "/api/v1/statistics/regional?region=440700")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(get(fixtures.quickBearer(Role.ANALYST), "/api/v1/statistics/regional?region=440000&from=" + year
                + "&to=" + year)).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.length()", v -> v.assertThat().isEqualTo(2))
                .hasPathSatisfying("$[0].updatedBy", v -> v.assertThat().isNull());
    }

    @Test
    void aRevisionBasedOnAStaleIfMatchIs412AndKeepsTheFigures() {
        put(official, JIANGHAI, year, figures("100.00", "5.00", "公报"));
        put(official, JIANGHAI, year, figures("110.00", "5.00", "公报修订"));

        assertThat(mvc.put().uri("/api/v1/statistics/regional/{r}/{y}", JIANGHAI, year)
                .header(HttpHeaders.AUTHORIZATION, official).header(HttpHeaders.IF_MATCH, "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).content(figures("1.00", "0.00", "旧页面")))
                .hasStatus(HttpStatus.PRECONDITION_FAILED);
        assertThat(fixtures.jdbc().sql("select source from regional_statistic where region_code = ? and year = ?")
                .params(JIANGHAI, year).query(String.class).single()).isEqualTo("公报修订");
    }

    private MvcTestResult put(String bearer, String region, int year, String body) {
        return mvc.put().uri("/api/v1/statistics/regional/{r}/{y}", region, year).header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    private MvcTestResult get(String bearer, String uri) {
        return mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, bearer).exchange();
    }

    private long rows(int year) {
        return fixtures.jdbc().sql("select count(*) from regional_statistic where year = ?").param(year)
                .query(Long.class).single();
    }

    private static String figures(String gdp, String rd, String source) {
        return """
                {"gdp": %s, "rdExpenditure": %s, "source": "%s"}""".formatted(gdp, rd, source);
    }
}
