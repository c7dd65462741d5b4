package cn.kjj.platform.incubator;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiFixtures;
import cn.kjj.platform.ApiTest;
import cn.kjj.platform.identity.Role;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@ApiTest
class IncubatorApiTest {

    static final String JIANGHAI = "440704";
    static final String PENGJIANG = "440703";
    static final String JIANGMEN = "440700";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApiFixtures fixtures;

    String admin;
    String jianghaiOfficial;
    /** Unique per test, so that lists can be narrowed to this test's records with {@code q}. */
    String tag;

    @BeforeEach
    void signIn() {
        admin = fixtures.quickBearer(Role.ADMIN);
        jianghaiOfficial = fixtures.officialBearer(JIANGHAI);
        tag = "孵化" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void anOfficialRegistersACarrierInItsDistrictAndFindsItAtItsLocation() {
        MvcTestResult created = create(jianghaiOfficial, json(tag + " 众创空间", "MAKERSPACE", "PROVINCIAL", JIANGHAI, "8000.50"));

        assertThat(created).hasStatus(HttpStatus.CREATED).hasHeader(HttpHeaders.ETAG, "\"0\"").bodyJson()
                .hasPathSatisfying("$.name", v -> v.assertThat().isEqualTo(tag + " 众创空间"))
                .hasPathSatisfying("$.kind", v -> v.assertThat().isEqualTo("MAKERSPACE"))
                .hasPathSatisfying("$.areaSqm", v -> v.assertThat().asNumber().satisfies(
                        n -> assertThat(n.toString()).isEqualTo("8000.5")))
                .hasPathSatisfying("$.editable", v -> v.assertThat().isEqualTo(true));
        String location = created.getResponse().getHeader(HttpHeaders.LOCATION);
        assertThat(location).matches("/api/v1/incubators/\\d+");
        assertThat(mvc.get().uri(location).header(HttpHeaders.AUTHORIZATION, jianghaiOfficial))
                .hasStatusOk().hasHeader(HttpHeaders.ETAG, "\"0\"")
                .bodyJson().hasPathSatisfying("$.regionCode", v -> v.assertThat().isEqualTo(JIANGHAI));
    }

    @Test
    void aJianghaiOfficialDoesNotSeeAPengjiangCarrierButTheCityOfficialSeesBoth() {
        long pengjiang = id(create(admin, json(tag + " 蓬江孵化器", "INCUBATOR", "NATIONAL", PENGJIANG, null)));
        long jianghai = id(create(admin, json(tag + " 江海孵化器", "INCUBATOR", "NATIONAL", JIANGHAI, null)));

        assertThat(get(jianghaiOfficial, "/api/v1/incubators/" + pengjiang)).hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson().hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.incubator.notFound"));
        assertThat(put(jianghaiOfficial, pengjiang, json(tag + " 改名", "INCUBATOR", "NATIONAL", PENGJIANG, null)))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(get(jianghaiOfficial, "/api/v1/incubators?q=" + tag)).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.content[*].id", v -> v.assertThat().asList().containsExactly((int) jianghai));

        String city = fixtures.officialBearer(JIANGMEN);
        assertThat(get(city, "/api/v1/incubators?q=" + tag + "&sort=regionCode,asc")).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.content[*].id", v -> v.assertThat().asList()
                        .containsExactly((int) pengjiang, (int) jianghai))
                .hasPathSatisfying("$.page.totalElements", v -> v.assertThat().isEqualTo(2));
    }

    @Test
    void theListFiltersByCityKindLevelAndTextAndPages() {
        create(admin, json(tag + " A", "INCUBATOR", "NATIONAL", PENGJIANG, null));
        create(admin, json(tag + " B", "MAKERSPACE", "NATIONAL", JIANGHAI, null));
        create(admin, json(tag + " C", "MAKERSPACE", "DISTRICT", JIANGHAI, null));
        create(admin, json(tag + " D", "MAKERSPACE", "NATIONAL", "440705", null));

        assertThat(get(admin, "/api/v1/incubators?q=" + tag + "&region=440700&kind=MAKERSPACE&level=NATIONAL"))
                .hasStatusOk().bodyJson()
                .hasPathSatisfying("$.content[*].name", v -> v.assertThat().asList()
                        .containsExactly(tag + " B", tag + " D"));
        assertThat(get(admin, "/api/v1/incubators?q=" + tag + "&region=" + JIANGHAI)).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.content[*].name", v -> v.assertThat().asList()
                        .containsExactly(tag + " B", tag + " C"));
        assertThat(get(admin, "/api/v1/incubators?q=" + tag + "&size=3&page=1&sort=name,desc")).hasStatusOk()
                .bodyJson()
                .hasPathSatisfying("$.content[*].name", v -> v.assertThat().asList().containsExactly(tag + " A"))
                .hasPathSatisfying("$.page.totalPages", v -> v.assertThat().isEqualTo(2));
    }

    @Test
    void sortingByAFieldTheListDoesNotOfferIs400() {
        assertThat(get(admin, "/api/v1/incubators?sort=version,asc")).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.errors[0].field", v -> v.assertThat().isEqualTo("sort"));
    }

    @Test
    void anAnalystReadsButCannotWriteAndAnEnterpriseCannotDoEither() {
        long id = id(create(admin, json(tag, "INCUBATOR", "MUNICIPAL", PENGJIANG, null)));
        String analyst = fixtures.quickBearer(Role.ANALYST);
        String enterprise = fixtures.enterpriseBearer(fixtures.enterprise());

        assertThat(get(analyst, "/api/v1/incubators/" + id)).hasStatusOk()
                .bodyJson().hasPathSatisfying("$.editable", v -> v.assertThat().isEqualTo(false));
        assertThat(get(analyst, "/api/v1/incubators?q=" + tag)).hasStatusOk();
        assertThat(create(analyst, json(tag + " x", "INCUBATOR", "MUNICIPAL", PENGJIANG, null)))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson().hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.access.denied"));
        assertThat(put(analyst, id, json(tag + " x", "INCUBATOR", "MUNICIPAL", PENGJIANG, null)))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(get(analyst, "/api/v1/incubators/" + id + "/history")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(get(enterprise, "/api/v1/incubators?q=" + tag)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(create(enterprise, json(tag + " x", "INCUBATOR", "MUNICIPAL", JIANGHAI, null)))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(count(tag + " x")).isZero();
    }

    @Test
    void badFieldsAreNamedAllAtOnceAndNothingIsStored() {
        MvcTestResult refused = create(jianghaiOfficial, """
                {"name": " ", "kind": "INCUBATOR", "level": "NATIONAL", "regionCode": "440704",
                 "areaSqm": 12.345, "tenantCount": -1, "operator": "%s"}""".formatted(tag));

        assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.validation"))
                .hasPathSatisfying("$.errors[*].field", v -> v.assertThat().asList()
                        .containsExactlyInAnyOrder("name", "areaSqm", "tenantCount"))
                .hasPathSatisfying("$.errors[?(@.field == 'areaSqm')].code", v -> v.assertThat().asList()
                        .containsExactly("error.area.scale"));
        assertThat(fixtures.jdbc().sql("select count(*) from incubator where operator = ?").param(tag)
                .query(Long.class).single()).isZero();
    }

    @Test
    void anUnknownKindIs400NamingTheField() {
        assertThat(create(admin, json(tag, "ZOO", "NATIONAL", JIANGHAI, null))).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().hasPathSatisfying("$.errors[0].field", v -> v.assertThat().isEqualTo("kind"));
    }

    @Test
    void anOfficialCannotPlaceACarrierOutsideItsRegionOrInAnUnknownOne() {
        assertThat(create(jianghaiOfficial, json(tag, "INCUBATOR", "NATIONAL", PENGJIANG, null)))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.errors[0].field", v -> v.assertThat().isEqualTo("regionCode"))
                .hasPathSatisfying("$.errors[0].code", v -> v.assertThat().isEqualTo("error.region.outOfScope"));
        assertThat(create(admin, json(tag, "INCUBATOR", "NATIONAL", "999999", null)))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.errors[0].code", v -> v.assertThat().isEqualTo("error.region.unknown"));
        assertThat(count(tag)).isZero();
    }

    @Test
    void anUpdateWithAStaleIfMatchIs412AndChangesNothing() {
        long id = id(create(jianghaiOfficial, json(tag, "INCUBATOR", "DISTRICT", JIANGHAI, "100")));

        assertThat(put(jianghaiOfficial, id, json(tag + " 新", "INCUBATOR", "MUNICIPAL", JIANGHAI, "100"), "\"0\""))
                .hasStatusOk().hasHeader(HttpHeaders.ETAG, "\"1\"")
                .bodyJson().hasPathSatisfying("$.level", v -> v.assertThat().isEqualTo("MUNICIPAL"));
        assertThat(put(jianghaiOfficial, id, json(tag + " 旧", "INCUBATOR", "NATIONAL", JIANGHAI, "100"), "\"0\""))
                .hasStatus(HttpStatus.PRECONDITION_FAILED)
                .bodyJson().hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.version.mismatch"));
        assertThat(get(jianghaiOfficial, "/api/v1/incubators/" + id)).bodyJson()
                .hasPathSatisfying("$.name", v -> v.assertThat().isEqualTo(tag + " 新"));
    }

    @Test
    void theHistoryShowsWhoChangedWhichFieldsFromWhatToWhat() {
        long id = id(create(jianghaiOfficial, json(tag, "INCUBATOR", "DISTRICT", JIANGHAI, "100")));
        put(jianghaiOfficial, id, json(tag, "INCUBATOR", "PROVINCIAL", JIANGHAI, "250.5"), null);

        assertThat(get(jianghaiOfficial, "/api/v1/incubators/" + id + "/history")).hasStatusOk().bodyJson()
                .hasPathSatisfying("$[*].action", v -> v.assertThat().asList()
                        .containsExactly("incubator.create", "incubator.update"))
                .hasPathSatisfying("$[1].actor", v -> v.assertThat().asString().startsWith("official-"))
                .hasPathSatisfying("$[1].changes[*].field", v -> v.assertThat().asList()
                        .containsExactly("level", "areaSqm"))
                .hasPathSatisfying("$[1].changes[0].before", v -> v.assertThat().isEqualTo("DISTRICT"))
                .hasPathSatisfying("$[1].changes[0].after", v -> v.assertThat().isEqualTo("PROVINCIAL"))
                .hasPathSatisfying("$[1].changes[1].after", v -> v.assertThat().isEqualTo("250.50"));
    }

    @Test
    void thereIsNoDeleteBecauseRecordsAreKept() {
        long id = id(create(admin, json(tag, "INCUBATOR", "DISTRICT", JIANGHAI, null)));

        assertThat(mvc.delete().uri("/api/v1/incubators/{id}", id).header(HttpHeaders.AUTHORIZATION, admin))
                .hasStatus(HttpStatus.METHOD_NOT_ALLOWED);
        assertThat(count(tag)).isEqualTo(1);
    }

    private MvcTestResult create(String bearer, String body) {
        return mvc.post().uri("/api/v1/incubators").header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    private MvcTestResult put(String bearer, long id, String body) {
        return put(bearer, id, body, null);
    }

    private MvcTestResult put(String bearer, long id, String body, String ifMatch) {
        var request = mvc.put().uri("/api/v1/incubators/{id}", id).header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON).content(body);
        if (ifMatch != null) {
            request = request.header(HttpHeaders.IF_MATCH, ifMatch);
        }
        return request.exchange();
    }

    private MvcTestResult get(String bearer, String uri) {
        return mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, bearer).exchange();
    }

    private long count(String name) {
        return fixtures.jdbc().sql("select count(*) from incubator where name = ?").param(name)
                .query(Long.class).single();
    }

    static long id(MvcTestResult created) {
        assertThat(created).hasStatus(HttpStatus.CREATED);
        Number id = JsonPath.read(new String(created.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8), "$.id");
        return id.longValue();
    }

    private static String json(String name, String kind, String level, String region, String area) {
        return """
                {"name": "%s", "kind": "%s", "level": "%s", "regionCode": "%s", "operator": "运营方",
                 "areaSqm": %s, "tenantCount": 12, "graduatedCount": 3, "recognizedOn": "2021-06-01"}"""
                .formatted(name, kind, level, region, area);
    }
}
