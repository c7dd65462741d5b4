package cn.kjj.platform.account;

import static cn.kjj.platform.ApiFixtures.PASSWORD;
import static cn.kjj.platform.ApiFixtures.basic;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiFixtures;
import cn.kjj.platform.ApiTest;
import cn.kjj.platform.identity.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * An administrator takes an account's region or enterprise away (a null sent in the PATCH) where
 * its roles allow, and unlocks an account locked after failed logins; both audited.
 */
@ApiTest
class AccountBindingsAndUnlockTest {

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
    void anAnalystsRegionIsClearedByANullAndLeftAsItIsWhenTheFieldIsLeftOut() {
        AccountView analyst = fixtures.account(Role.ANALYST, ApiFixtures.JIANGHAI, null);

        assertThat(patch(analyst.id(), "{\"displayName\": \"改名\"}")).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.regionCode", v -> v.assertThat().isEqualTo(ApiFixtures.JIANGHAI));
        assertThat(patch(analyst.id(), "{\"regionCode\": null}")).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.regionCode", v -> v.assertThat().isNull())
                .hasPathSatisfying("$.displayName", v -> v.assertThat().isEqualTo("改名"));

        assertThat(storedRegion(analyst.id())).isNull();
        Map<String, Object> event = lastEvent("account.change", analyst.id());
        assertThat((String) event.get("before")).contains("\"regionCode\": \"440704\"");
        assertThat((String) event.get("after")).contains("\"regionCode\": null");
    }

    @Test
    void anOfficialKeepsItsRegionButAnOfficialWhoBecomesAnAnalystMayLoseIt() {
        AccountView official = fixtures.account(Role.OFFICIAL);

        assertThat(patch(official.id(), "{\"regionCode\": null}")).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.errors[0].field", v -> v.assertThat().isEqualTo("regionCode"))
                .hasPathSatisfying("$.errors[0].code", v -> v.assertThat().isEqualTo("error.account.regionRequired"));
        assertThat(storedRegion(official.id())).isEqualTo(ApiFixtures.JIANGHAI);

        assertThat(patch(official.id(), "{\"roles\": [\"ANALYST\"], \"regionCode\": null}")).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.roles", v -> v.assertThat().asList().containsExactly("ANALYST"))
                .hasPathSatisfying("$.regionCode", v -> v.assertThat().isNull());
    }

    @Test
    void anEnterpriseAccountKeepsItsEnterpriseUntilItsRoleChanges() {
        AccountView clerk = fixtures.account(Role.ENTERPRISE);

        assertThat(patch(clerk.id(), "{\"enterpriseId\": null}")).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.errors[0].code", v -> v.assertThat().isEqualTo("error.account.enterpriseRequired"));
        assertThat(patch(clerk.id(), "{\"roles\": [\"ANALYST\"], \"enterpriseId\": null}")).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.enterpriseId", v -> v.assertThat().isNull());
        assertThat(fixtures.jdbc().sql("select enterprise_id from account where id = ?").param(clerk.id())
                .query(Long.class).optional()).isEmpty();
    }

    @Test
    void anAdministratorUnlocksALockedAccountWhosePasswordThenWorksAtOnce() {
        AccountView account = fixtures.account(Role.ANALYST);
        for (int i = 0; i < LoginThrottle.THRESHOLD; i++) {
            createToken(account.username(), "wrong-password-" + i);
        }
        assertThat(createToken(account.username(), PASSWORD)).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(mvc.get().uri("/api/v1/users/{id}", account.id()).header(HttpHeaders.AUTHORIZATION, admin))
                .bodyJson().hasPathSatisfying("$.lockedUntil", v -> v.assertThat().isNotNull());

        assertThat(unlock(account.id())).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.lockedUntil", v -> v.assertThat().isNull());

        assertThat(createToken(account.username(), PASSWORD)).hasStatus(HttpStatus.CREATED);
        Map<String, Object> event = lastEvent("account.unlock", account.id());
        assertThat((String) event.get("before")).contains("\"failedLogins\": 5", "\"lockedUntil\": \"");
        assertThat((String) event.get("after")).contains("\"failedLogins\": 0", "\"lockedUntil\": null");
        assertThat(event.get("actor")).isNotNull();
    }

    @Test
    void unlockingAnAccountThatIsNotLockedChangesAndRecordsNothing() {
        AccountView account = fixtures.account(Role.ANALYST);

        assertThat(unlock(account.id())).hasStatusOk().hasHeader(HttpHeaders.ETAG, "\"0\"");

        assertThat(events("account.unlock", account.id())).isEmpty();
        assertThat(unlock(Long.MAX_VALUE)).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void onlyAnAdministratorUnlocks() {
        AccountView account = fixtures.account(Role.ANALYST);

        assertThat(mvc.post().uri("/api/v1/users/{id}/unlock", account.id())
                .header(HttpHeaders.AUTHORIZATION, fixtures.bearer(Role.OFFICIAL)))
                .hasStatus(HttpStatus.FORBIDDEN)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private MvcTestResult patch(Long id, String json) {
        return mvc.patch().uri("/api/v1/users/{id}", id).header(HttpHeaders.AUTHORIZATION, admin)
                .contentType(MediaType.APPLICATION_JSON).content(json).exchange();
    }

    private MvcTestResult unlock(Long id) {
        return mvc.post().uri("/api/v1/users/{id}/unlock", id).header(HttpHeaders.AUTHORIZATION, admin).exchange();
    }

    private MvcTestResult createToken(String username, String password) {
        return mvc.post().uri("/api/v1/auth/tokens").header(HttpHeaders.AUTHORIZATION, basic(username, password))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"unlock test\"}").exchange();
    }

    private String storedRegion(Long id) {
        return fixtures.jdbc().sql("select region_code from account where id = ?").param(id).query(String.class)
                .optional().orElse(null);
    }

    private Map<String, Object> lastEvent(String action, Long id) {
        List<Map<String, Object>> events = events(action, id);
        assertThat(events).as(action + " of account " + id).isNotEmpty();
        return events.get(0);
    }

    private List<Map<String, Object>> events(String action, Long id) {
        return fixtures.jdbc().sql("""
                        select actor, before::text as before, after::text as after from audit_event
                        where action = ? and entity_type = 'account' and entity_id = ? order by id desc""")
                .params(action, String.valueOf(id)).query().listOfRows();
    }
}
