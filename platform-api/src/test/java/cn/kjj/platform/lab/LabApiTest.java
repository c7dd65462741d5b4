package cn.kjj.platform.lab;

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
class LabApiTest {

    static final String JIANGHAI = "440704";
    static final String PENGJIANG = "440703";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApiFixtures fixtures;

    String admin;
    String jianghaiOfficial;
    String tag;

    @BeforeEach
    void signIn() {
        admin = fixtures.quickBearer(Role.ADMIN);
        jianghaiOfficial = fixtures.officialBearer(JIANGHAI);
        tag = "平台" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aPlatformHostedByAnEnterpriseShowsTheHostsNameAndCreditCode() {
        long host = fixtures.enterprise(JIANGHAI);

        MvcTestResult created = create(jianghaiOfficial, json(tag, "KEY_LABORATORY", JIANGHAI, host, null));

        assertThat(created).hasStatus(HttpStatus.CREATED).bodyJson()
                .hasPathSatisfying("$.hostEnterpriseId", v -> v.assertThat().asNumber().satisfies(
                        n -> assertThat(n.longValue()).isEqualTo(host)))
                .hasPathSatisfying("$.hostEnterpriseName", v -> v.assertThat().asString().startsWith("测试企业"))
                .hasPathSatisfying("$.hostEnterpriseCreditCode", v -> v.assertThat()
                        .isEqualTo(fixtures.creditCodeOf(host)));
        assertThat(created.getResponse().getHeader(HttpHeaders.LOCATION)).matches("/api/v1/labs/\\d+");
    }

    @Test
    void aPlatformWithoutAnyHostIs400OnTheHostInstitution() {
        assertThat(create(admin, json(tag, "KEY_LABORATORY", JIANGHAI, null, null)))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.errors[0].field", v -> v.assertThat().isEqualTo("hostInstitution"))
                .hasPathSatisfying("$.errors[0].code", v -> v.assertThat().isEqualTo("error.lab.hostRequired"));
        assertThat(count(tag)).isZero();
    }

    @Test
    void anOfficialCannotNameAHostFromAnotherDistrictOrOneThatDoesNotExist() {
        long pengjiangHost = fixtures.enterprise(PENGJIANG);

        assertThat(create(jianghaiOfficial, json(tag, "ENTERPRISE_RD_CENTER", JIANGHAI, pengjiangHost, null)))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.errors[0].field", v -> v.assertThat().isEqualTo("hostEnterpriseId"))
                .hasPathSatisfying("$.errors[0].code", v -> v.assertThat().isEqualTo("error.enterprise.unknown"));
        assertThat(create(admin, json(tag, "ENTERPRISE_RD_CENTER", JIANGHAI, Long.MAX_VALUE, null)))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(count(tag)).isZero();
    }

    @Test
    void aJianghaiOfficialDoesNotSeeAPengjiangPlatformButAnAnalystDoes() {
        long id = id(create(admin, json(tag, "ACADEMICIAN_WORKSTATION", PENGJIANG, null, "五邑大学")));
        String analyst = fixtures.quickBearer(Role.ANALYST);

        assertThat(get(jianghaiOfficial, "/api/v1/labs/" + id)).hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson().hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.lab.notFound"));
        assertThat(get(jianghaiOfficial, "/api/v1/labs?q=" + tag)).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.page.totalElements", v -> v.assertThat().isEqualTo(0));
        assertThat(get(analyst, "/api/v1/labs?q=五邑&kind=ACADEMICIAN_WORKSTATION&region=440700")).hasStatusOk()
                .bodyJson().hasPathSatisfying("$.content[*].id", v -> v.assertThat().asList().contains((int) id));
        assertThat(create(analyst, json(tag + "x", "KEY_LABORATORY", PENGJIANG, null, "x")))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void anUpdateWithAStaleIfMatchIs412AndTheHistoryShowsTheChange() {
        long id = id(create(jianghaiOfficial, json(tag, "KEY_LABORATORY", JIANGHAI, null, "五邑大学")));

        assertThat(put(id, json(tag, "KEY_LABORATORY", JIANGHAI, null, "江门职业技术学院"), "\"0\"")).hasStatusOk()
                .hasHeader(HttpHeaders.ETAG, "\"1\"");
        assertThat(put(id, json(tag, "KEY_LABORATORY", JIANGHAI, null, "别处"), "\"0\""))
                .hasStatus(HttpStatus.PRECONDITION_FAILED);
        assertThat(get(jianghaiOfficial, "/api/v1/labs/" + id + "/history")).hasStatusOk().bodyJson()
                .hasPathSatisfying("$[*].action", v -> v.assertThat().asList()
                        .containsExactly("lab.create", "lab.update"))
                .hasPathSatisfying("$[1].changes[0].field", v -> v.assertThat().isEqualTo("hostInstitution"))
                .hasPathSatisfying("$[1].changes[0].before", v -> v.assertThat().isEqualTo("五邑大学"))
                .hasPathSatisfying("$[1].changes[0].after", v -> v.assertThat().isEqualTo("江门职业技术学院"));
    }

    private MvcTestResult create(String bearer, String body) {
        return mvc.post().uri("/api/v1/labs").header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    private MvcTestResult put(long id, String body, String ifMatch) {
        return mvc.put().uri("/api/v1/labs/{id}", id).header(HttpHeaders.AUTHORIZATION, jianghaiOfficial)
                .header(HttpHeaders.IF_MATCH, ifMatch).contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    private MvcTestResult get(String bearer, String uri) {
        return mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, bearer).exchange();
    }

    private long count(String name) {
        return fixtures.jdbc().sql("select count(*) from lab where name = ?").param(name).query(Long.class).single();
    }

    private static long id(MvcTestResult created) {
        assertThat(created).hasStatus(HttpStatus.CREATED);
        Number id = JsonPath.read(new String(created.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8), "$.id");
        return id.longValue();
    }

    private static String json(String name, String kind, String region, Long host, String institution) {
        return """
                {"name": "%s", "kind": "%s", "level": "PROVINCIAL", "regionCode": "%s", "hostEnterpriseId": %s,
                 "hostInstitution": %s, "recognizedOn": "2023-05-18"}"""
                .formatted(name, kind, region, host, institution == null ? null : "\"" + institution + "\"");
    }
}
