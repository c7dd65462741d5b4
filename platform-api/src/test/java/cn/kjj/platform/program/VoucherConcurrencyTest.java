package cn.kjj.platform.program;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiFixtures;
import cn.kjj.platform.ApiTest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Officials issuing vouchers from one program at the same moment never pass its budget together. */
@ApiTest
class VoucherConcurrencyTest {

    private static final int ISSUES = 10;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApiFixtures fixtures;

    @Test
    void tenSimultaneousVouchersOf100000FromABudgetOf600000LeaveExactlySixIssued() throws Exception {
        ProgramApplicationApi api = new ProgramApplicationApi(mvc, fixtures);
        VoucherApi vouchers = new VoucherApi(api, fixtures);
        String first = fixtures.officialBearer(ApiFixtures.JIANGHAI);
        String second = fixtures.officialBearer(ApiFixtures.JIANGHAI);
        long program = vouchers.program(first, "INNOVATION_VOUCHER", ApiFixtures.JIANGHAI, 2026, "600000.00");

        List<MvcTestResult> results = vouchers.issuedAtOnce(first, second, program, ISSUES, "100000.00");

        Map<Integer, Long> byStatus = results.stream()
                .collect(Collectors.groupingBy(r -> r.getResponse().getStatus(), Collectors.counting()));
        assertThat(byStatus).containsExactlyInAnyOrderEntriesOf(Map.of(201, 6L, 409, 4L));
        assertThat(results.stream().filter(r -> r.getResponse().getStatus() == 409)
                .map(r -> ProgramApplicationApi.json(r, "$.code"))).containsOnly("error.program.budgetExceeded");
        assertThat(api.money("select voucher_total from program where id = ?", program)).isEqualByComparingTo("600000");
        assertThat(api.money("select coalesce(sum(amount), 0) from innovation_voucher where program_id = ?", program))
                .isEqualByComparingTo("600000");
        assertThat(vouchers.count("select count(*) from innovation_voucher_history h join innovation_voucher v "
                + "on v.id = h.voucher_id where v.program_id = ?", program)).isEqualTo(6);
    }
}
