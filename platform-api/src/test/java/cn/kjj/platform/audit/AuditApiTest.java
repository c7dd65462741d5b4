package cn.kjj.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiFixtures;
import cn.kjj.platform.ApiTest;
import cn.kjj.platform.account.AccountChange;
import cn.kjj.platform.account.AccountService;
import cn.kjj.platform.account.AccountView;
import cn.kjj.platform.account.ApiTokenService;
import cn.kjj.platform.identity.Role;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** GET /api/v1/audit and /api/v1/audit/verification: administrators only; filters, CSV, an intact chain. */
@ApiTest
class AuditApiTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApiFixtures fixtures;

    @Autowired
    AccountService accounts;

    @Autowired
    ApiTokenService tokens;

    private String admin;

    @BeforeEach
    void signInAsAdministrator() {
        admin = fixtures.bearer(Role.ADMIN);
    }

    @Test
    void anAdministratorFindsTheChangesOfOneRecordWithBeforeAndAfter() {
        AccountView account = fixtures.account(Role.ANALYST);
        accounts.change(account.id(), new AccountChange(null, null, null, null, "改过的名字"));
        // events are chained moments after commit (decision 0024); sealed now rather than waited for
        fixtures.jdbc().sql("select audit_chain_seal(1000, true)").query(Integer.class).single();

        assertThat(mvc.get().uri("/api/v1/audit?entityType=account&entityId={id}&sort=seq,asc", account.id())
                .header(HttpHeaders.AUTHORIZATION, admin))
                .hasStatusOk().bodyJson()
                .hasPathSatisfying("$.page.totalElements", v -> v.assertThat().isEqualTo(2))
                .hasPathSatisfying("$.content[*].action", v -> v.assertThat().asList()
                        .containsExactly("account.create", "account.change"))
                .hasPathSatisfying("$.content[1].before", v -> v.assertThat().asString().contains("Test ANALYST"))
                .hasPathSatisfying("$.content[1].after", v -> v.assertThat().asString().contains("改过的名字"))
                .hasPathSatisfying("$.content[1].hash", v -> v.assertThat().asString().hasSize(64));
    }

    @Test
    void filtersByActorAndTimeAndRefusesAnUnreadableTime() {
        assertThat(mvc.get().uri("/api/v1/audit?actor=nobody-at-all&from=2020-01-01&to=2030-01-01T00:00:00Z")
                .header(HttpHeaders.AUTHORIZATION, admin))
                .hasStatusOk().bodyJson()
                .hasPathSatisfying("$.page.totalElements", v -> v.assertThat().isEqualTo(0));
        assertThat(mvc.get().uri("/api/v1/audit?from=yesterday").header(HttpHeaders.AUTHORIZATION, admin))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.errors[0].field", v -> v.assertThat().isEqualTo("from"))
                .hasPathSatisfying("$.errors[0].code", v -> v.assertThat().isEqualTo("error.audit.time"));
    }

    @Test
    void theListComesAsCsvWithTheSameFilters() {
        AccountView account = fixtures.account(Role.ANALYST);

        var result = mvc.get().uri("/api/v1/audit?entityType=account&entityId={id}", account.id())
                .header(HttpHeaders.AUTHORIZATION, admin).header(HttpHeaders.ACCEPT, "text/csv").exchange();

        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("text/csv");
        String csv = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).contains("seq,id,at,actor,action,entityType,entityId").contains("account.create")
                .contains(account.username());
        assertThat(csv.lines().count()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
    void nobodyButAnAdministratorReadsTheTrailOrItsCheck(Role role) {
        String bearer = fixtures.bearer(role);

        assertThat(mvc.get().uri("/api/v1/audit").header(HttpHeaders.AUTHORIZATION, bearer))
                .hasStatus(HttpStatus.FORBIDDEN).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().uri("/api/v1/audit/verification").header(HttpHeaders.AUTHORIZATION, bearer))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/v1/audit")).hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void concurrentWritersKeepOneIntactChain() throws Exception {
        AccountView person = fixtures.account(Role.ANALYST);
        long before = fixtures.jdbc().sql("select seq from audit_chain_head").query(Long.class).single();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Object>> writers = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String name = "concurrent " + i;
                // each issue is its own transaction with one audit event
                writers.add(() -> tokens.issue(ApiFixtures.principal(person), name, 30));
            }
            for (Future<Object> done : pool.invokeAll(writers)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(mvc.get().uri("/api/v1/audit/verification").header(HttpHeaders.AUTHORIZATION, admin))
                .hasStatusOk().bodyJson()
                .hasPathSatisfying("$.intact", v -> v.assertThat().isEqualTo(true))
                .hasPathSatisfying("$.brokenSeq", v -> v.assertThat().isNull());
        assertThat(fixtures.jdbc().sql("select seq from audit_chain_head").query(Long.class).single())
                .isGreaterThanOrEqualTo(before + 40);
    }
}
