package cn.kjj.platform.program;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiFixtures;
import cn.kjj.platform.ApiTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A call closed by its office before its window ends takes no more applications, and an enterprise's
 * list of the calls it may apply to today shows only open calls of its region that it is eligible for
 * (decision 0042).
 */
@ApiTest
class ProgramCallCloseApiTest {

    static final String JIANGHAI = ApiFixtures.JIANGHAI;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApiFixtures fixtures;

    @Test
    void aClosedCallTakesNoMoreApplicationsAndLeavesTheEnterprisesListOfOpenCalls() {
        ProgramApplicationApi api = new ProgramApplicationApi(mvc, fixtures);
        String official = fixtures.officialBearer(JIANGHAI);
        long program = api.program(official, JIANGHAI, "5000000.00");
        long call = api.call(official, program, "1000000.00", "ANY");
        long later = api.call(official, program, "1000000.00", "ANY", LocalDate.now().plusDays(3),
                LocalDate.now().plusDays(30));
        long elsewhere = api.call(fixtures.officialBearer("440703"),
                api.program(fixtures.officialBearer("440703"), "440703", "5000000.00"), "1000000.00", "ANY");
        String clerk = fixtures.enterpriseBearer(fixtures.enterprise(JIANGHAI));
        long before = api.applied(clerk, program, call, "100000.00");

        assertThat(api.get(clerk, "/api/v1/program-calls/open")).hasStatusOk().bodyJson()
                .hasPathSatisfying("$[*].call.id", v -> v.assertThat().asList().contains((int) call)
                        .doesNotContain((int) later, (int) elsewhere));
        assertThat(api.get(official, "/api/v1/program-calls/open")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(api.post(clerk, "/api/v1/program-calls/" + call + "/close", "{}")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(api.post(fixtures.officialBearer("440703"), "/api/v1/program-calls/" + call + "/close", "{}"))
                .hasStatus(HttpStatus.NOT_FOUND);

        assertThat(api.post(official, "/api/v1/program-calls/" + call + "/close", "{}")).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.open", v -> v.assertThat().isEqualTo(false))
                .hasPathSatisfying("$.closedAt", v -> v.assertThat().isNotNull());
        assertThat(api.apply(clerk, program, call, "50000.00")).hasStatus(HttpStatus.CONFLICT).bodyJson()
                .hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.programCall.closed"));
        assertThat(api.get(clerk, "/api/v1/program-calls/open")).bodyJson()
                .hasPathSatisfying("$[*].call.id", v -> v.assertThat().asList().doesNotContain((int) call));
        assertThat(api.post(official, "/api/v1/program-calls/" + call + "/close", "{}"))
                .hasStatus(HttpStatus.CONFLICT).bodyJson()
                .hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.programCall.alreadyClosed"));
        // what was applied before goes on
        assertThat(api.step(official, before, "return", "{\"reason\": \"补充材料\"}")).hasStatusOk();
        assertThat(api.step(clerk, before, "resubmit", "{}")).hasStatusOk();
    }
}
