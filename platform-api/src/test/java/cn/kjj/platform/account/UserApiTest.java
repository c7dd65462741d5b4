package cn.kjj.platform.account;

import static cn.kjj.platform.ApiFixtures.uniqueUsername;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiFixtures;
import cn.kjj.platform.ApiTest;
import cn.kjj.platform.identity.Role;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@ApiTest
class UserApiTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApiFixtures fixtures;

    String admin;

    @BeforeEach
    void signInAsAdministrator() {
        admin = fixtures.bearer(Role.ADMIN);
    }

    @Test
    void anAdministratorCreatesAnOfficialAndFindsItAtItsLocation() {
        String username = uniqueUsername("official");

        MvcTestResult created = post(json(username, "long-enough-1", "[\"OFFICIAL\"]", "\"440704\"", null)).exchange();

        assertThat(created).hasStatus(HttpStatus.CREATED)
                .hasHeader(HttpHeaders.ETAG, "\"0\"")
                .bodyJson()
                .hasPathSatisfying("$.username", v -> v.assertThat().isEqualTo(username))
                .hasPathSatisfying("$.roles", v -> v.assertThat().asList().containsExactly("OFFICIAL"))
                .hasPathSatisfying("$.regionCode", v -> v.assertThat().isEqualTo("440704"))
                .hasPathSatisfying("$.enabled", v -> v.assertThat().isEqualTo(true))
                .doesNotHavePath("$.password")
                .doesNotHavePath("$.passwordHash");
        String location = created.getResponse().getHeader(HttpHeaders.LOCATION);
        assertThat(location).matches("/api/v1/users/\\d+");

        assertThat(mvc.get().uri(location).header(HttpHeaders.AUTHORIZATION, admin))
                .hasStatusOk()
                .hasHeader(HttpHeaders.ETAG, "\"0\"")
                .bodyJson().hasPathSatisfying("$.username", v -> v.assertThat().isEqualTo(username));
    }

    @Test
    void anEnterpriseAccountIsBoundToAnExistingEnterprise() {
        long enterpriseId = fixtures.enterprise();

        assertThat(post(json(uniqueUsername("clerk"), "long-enough-1", "[\"ENTERPRISE\"]", null, enterpriseId)))
                .hasStatus(HttpStatus.CREATED)
                .bodyJson().hasPathSatisfying("$.enterpriseId", v -> v.assertThat().asNumber().isEqualTo((int) enterpriseId));
    }

    @Test
    void usersAreListedPageByPage() {
        fixtures.account(Role.ANALYST);
        fixtures.account(Role.ANALYST);

        MvcTestResult page = mvc.get().uri("/api/v1/users?page=0&size=1&sort=username,desc")
                .header(HttpHeaders.AUTHORIZATION, admin).exchange();

        assertThat(page).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.content.length()", v -> v.assertThat().isEqualTo(1))
                .hasPathSatisfying("$.page.size", v -> v.assertThat().isEqualTo(1))
                .hasPathSatisfying("$.page.number", v -> v.assertThat().isEqualTo(0))
                .hasPathSatisfying("$.page.totalElements", v -> v.assertThat().asNumber().satisfies(
                        n -> assertThat(n.longValue()).isGreaterThanOrEqualTo(3)))
                .hasPathSatisfying("$.page.totalPages", v -> v.assertThat().asNumber().satisfies(
                        n -> assertThat(n.intValue()).isGreaterThanOrEqualTo(3)));
        String last = JsonPath.read(body(page), "$.content[0].username");
        String greatest = fixtures.jdbc().sql("select max(username) from account").query(String.class).single();
        assertThat(last).isEqualTo(greatest);
    }

    @Test
    void aPageLargerThan200IsRefusedNotShortened() {
        assertThat(mvc.get().uri("/api/v1/users?size=201").header(HttpHeaders.AUTHORIZATION, admin))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.errors[0].field", v -> v.assertThat().isEqualTo("size"))
                .hasPathSatisfying("$.errors[0].code", v -> v.assertThat().isEqualTo("error.page.size"));
    }

    @Test
    void sortingByAnUnknownFieldIs400() {
        assertThat(mvc.get().uri("/api/v1/users?sort=passwordHash,asc").header(HttpHeaders.AUTHORIZATION, admin))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().hasPathSatisfying("$.errors[0].field", v -> v.assertThat().isEqualTo("sort"));
    }

    @Test
    void aBadUsernameAndAShortPasswordAreNamedInErrors() {
        assertThat(post(json("No Spaces!", "short", "[\"ANALYST\"]", null, null)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.validation"))
                .hasPathSatisfying("$.errors[*].field", v -> v.assertThat().asList()
                        .containsExactly("password", "username"))
                .hasPathSatisfying("$.errors[*].message", v -> v.assertThat().asList()
                        .allSatisfy(m -> assertThat((String) m).isNotBlank().doesNotContain("{")));
    }

    @Test
    void anOfficialWithoutRegionIs400OnRegionCode() {
        assertThat(post(json(uniqueUsername("official"), "long-enough-1", "[\"OFFICIAL\"]", null, null)))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.errors[0].field", v -> v.assertThat().isEqualTo("regionCode"))
                .hasPathSatisfying("$.errors[0].code", v -> v.assertThat().isEqualTo("error.account.regionRequired"));
    }

    @Test
    void anUnknownRegionIs400OnRegionCode() {
        assertThat(post(json(uniqueUsername("official"), "long-enough-1", "[\"OFFICIAL\"]", "\"999999\"", null)))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.errors[0].field", v -> v.assertThat().isEqualTo("regionCode"))
                .hasPathSatisfying("$.errors[0].code", v -> v.assertThat().isEqualTo("error.region.unknown"));
    }

    @Test
    void anEnterpriseAccountWithoutEnterpriseIs400OnEnterpriseId() {
        assertThat(post(json(uniqueUsername("clerk"), "long-enough-1", "[\"ENTERPRISE\"]", null, null)))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.errors[0].field", v -> v.assertThat().isEqualTo("enterpriseId"))
                .hasPathSatisfying("$.errors[0].code", v -> v.assertThat().isEqualTo("error.account.enterpriseRequired"));
    }

    @Test
    void anUnknownRoleIs400NamingTheRolesField() {
        assertThat(post(json(uniqueUsername("boss"), "long-enough-1", "[\"BOSS\"]", null, null)))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.json.invalidValue"))
                .hasPathSatisfying("$.errors[0].field", v -> v.assertThat().asString().startsWith("roles"));
    }

    @Test
    void aTakenUsernameIs409() {
        AccountView existing = fixtures.account(Role.ANALYST);

        assertThat(post(json(existing.username(), "long-enough-1", "[\"ANALYST\"]", null, null)))
                .hasStatus(HttpStatus.CONFLICT).bodyJson()
                .hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.account.usernameTaken"))
                .hasPathSatisfying("$.detail", v -> v.assertThat().asString().contains(existing.username()));
    }

    @Test
    void anAdministratorChangesRolesAndDisplayNameAndTheVersionMovesOn() {
        AccountView analyst = fixtures.account(Role.ANALYST);

        assertThat(patch(analyst.id(), "{\"roles\": [\"OFFICIAL\", \"ANALYST\"], \"regionCode\": \"440700\", \"displayName\": \"江门市科技局\"}")
                .header(HttpHeaders.IF_MATCH, "\"0\""))
                .hasStatusOk()
                .hasHeader(HttpHeaders.ETAG, "\"1\"")
                .bodyJson()
                .hasPathSatisfying("$.roles", v -> v.assertThat().asList().containsExactlyInAnyOrder("OFFICIAL", "ANALYST"))
                .hasPathSatisfying("$.regionCode", v -> v.assertThat().isEqualTo("440700"))
                .hasPathSatisfying("$.displayName", v -> v.assertThat().isEqualTo("江门市科技局"));
    }

    @Test
    void aChangeBasedOnAnOldVersionIs412AndChangesNothing() {
        AccountView analyst = fixtures.account(Role.ANALYST);

        assertThat(patch(analyst.id(), "{\"displayName\": \"stale\"}").header(HttpHeaders.IF_MATCH, "\"7\""))
                .hasStatus(HttpStatus.PRECONDITION_FAILED)
                .bodyJson().hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.version.mismatch"));
        assertThat(fixtures.jdbc().sql("select display_name from account where id = ?").param(analyst.id())
                .query(String.class).single()).isEqualTo("Test ANALYST");
    }

    @Test
    void anUnknownAccountIs404() {
        assertThat(mvc.get().uri("/api/v1/users/{id}", Long.MAX_VALUE).header(HttpHeaders.AUTHORIZATION, admin))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson().hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.account.notFound"));
    }

    @Test
    void anIdThatIsNotANumberIs400NamingIt() {
        assertThat(mvc.get().uri("/api/v1/users/abc").header(HttpHeaders.AUTHORIZATION, admin))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.parameter.invalid"))
                .hasPathSatisfying("$.errors[0].field", v -> v.assertThat().isEqualTo("id"));
    }

    private MockMvcRequestBuilder post(String json) {
        return mvc.post().uri("/api/v1/users").header(HttpHeaders.AUTHORIZATION, admin)
                .contentType(MediaType.APPLICATION_JSON).content(json);
    }

    private MockMvcRequestBuilder patch(Long id, String json) {
        return mvc.patch().uri("/api/v1/users/{id}", id).header(HttpHeaders.AUTHORIZATION, admin)
                .contentType(MediaType.APPLICATION_JSON).content(json);
    }

    private static String json(String username, String password, String roles, String regionCode, Long enterpriseId) {
        return """
                {"username": "%s", "password": "%s", "displayName": "测试用户", "roles": %s,
                 "regionCode": %s, "enterpriseId": %s}""".formatted(username, password, roles, regionCode, enterpriseId);
    }

    private static String body(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
