package cn.kjj.platform.program;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiFixtures;
import cn.kjj.platform.ApiTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Officials approving applications of one call at the same moment never pass the call's budget together. */
@ApiTest
class ProgramApprovalConcurrencyTest {

    private static final int APPROVALS = 10;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApiFixtures fixtures;

    @Test
    void tenSimultaneousApprovalsOf100000OnACallOf600000LeaveExactlySixApproved() throws Exception {
        ProgramApplicationApi api = new ProgramApplicationApi(mvc, fixtures);
        String first = fixtures.officialBearer(ApiFixtures.JIANGHAI);
        String second = fixtures.officialBearer(ApiFixtures.JIANGHAI);
        long program = api.program(first, ApiFixtures.JIANGHAI, "5000000.00");
        long call = api.call(first, program, "600000.00", "ANY");
        List<Long> applications = new ArrayList<>();
        for (int i = 0; i < APPROVALS; i++) {
            String clerk = fixtures.enterpriseBearer(fixtures.enterprise(ApiFixtures.JIANGHAI));
            applications.add(api.underReview(clerk, first, program, call, "100000.00"));
        }

        List<MvcTestResult> results = AtOnce.run(APPROVALS, i -> {
            String bearer = i % 2 == 0 ? first : second;
            long application = applications.get(i);
            return () -> api.step(bearer, application, "approve", "{\"amount\": 100000}");
        });

        Map<Integer, Long> byStatus = results.stream()
                .collect(Collectors.groupingBy(r -> r.getResponse().getStatus(), Collectors.counting()));
        assertThat(byStatus).containsExactlyInAnyOrderEntriesOf(Map.of(200, 6L, 409, 4L));
        assertThat(results.stream().filter(r -> r.getResponse().getStatus() == 409)
                .map(r -> ProgramApplicationApi.json(r, "$.code"))).containsOnly("error.programCall.budgetExceeded");
        assertThat(api.money("select approved_total from program_call where id = ?", call)).isEqualByComparingTo("600000");
        assertThat(api.money("select coalesce(sum(approved_amount), 0) from program_application where call_id = ?", call))
                .isEqualByComparingTo("600000");
        assertThat(api.money("select approved_total from program where id = ?", program)).isEqualByComparingTo("600000");
        assertThat(fixtures.jdbc().sql("select count(*) from program_application where call_id = ? and status = 'UNDER_REVIEW'")
                .param(call).query(Long.class).single()).isEqualTo(4);
    }
}
