package cn.kjj.platform.program;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiFixtures;
import cn.kjj.platform.ApiTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * What an expired voucher left unredeemed goes back to its program's budget (decision 0051): the budget
 * committed is what was issued less what expired vouchers released, also when officials issue at once.
 */
@ApiTest
class VoucherReleaseTest {

    private static final int ISSUES = 10;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApiFixtures fixtures;

    @Autowired
    VoucherRelease release;

    @Test
    void tenSimultaneousIssuesSeeTheFaceValueOfAnExpiredVoucherFreeAgainAndReleaseItOnce() throws Exception {
        ProgramApplicationApi api = new ProgramApplicationApi(mvc, fixtures);
        VoucherApi vouchers = new VoucherApi(api, fixtures);
        String first = fixtures.officialBearer(ApiFixtures.JIANGHAI);
        String second = fixtures.officialBearer(ApiFixtures.JIANGHAI);
        long program = vouchers.program(first, "INNOVATION_VOUCHER", ApiFixtures.JIANGHAI, 2026, "600000.00");
        long expired = vouchers.issued(first, program, fixtures.enterprise(ApiFixtures.JIANGHAI), "100000.00");
        expire(expired);

        List<MvcTestResult> results = vouchers.issuedAtOnce(first, second, program, ISSUES, "100000.00");

        // 500,000 left beside the expired voucher, and its 100,000 given back: six, not five
        Map<Integer, Long> byStatus = results.stream()
                .collect(Collectors.groupingBy(r -> r.getResponse().getStatus(), Collectors.counting()));
        assertThat(byStatus).containsExactlyInAnyOrderEntriesOf(Map.of(201, 6L, 409, 4L));
        assertThat(api.money("select voucher_total from program where id = ?", program)).isEqualByComparingTo("700000");
        assertThat(api.money("select voucher_released_total from program where id = ?", program))
                .isEqualByComparingTo("100000");
        assertThat(api.money("select released_amount from innovation_voucher where id = ?", expired))
                .isEqualByComparingTo("100000");
        assertThat(vouchers.count("select count(*) from innovation_voucher_history where voucher_id = ? "
                + "and action = 'RELEASE'", expired)).isEqualTo(1);
        assertThat(api.get(first, "/api/v1/programs/" + program)).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.remainingBudget", v -> v.assertThat().asNumber().satisfies(
                        n -> assertThat(n.doubleValue()).isZero()));
    }

    @Test
    void aVoucherRedeemedForLessGivesItsRestBackOnceItsLastDayHasPassedAndTheSweepReleasesItOnce() {
        ProgramApplicationApi api = new ProgramApplicationApi(mvc, fixtures);
        VoucherApi vouchers = new VoucherApi(api, fixtures);
        String official = fixtures.officialBearer(ApiFixtures.JIANGHAI);
        long enterprise = fixtures.enterprise(ApiFixtures.JIANGHAI);
        long program = vouchers.program(official, "INNOVATION_VOUCHER", ApiFixtures.JIANGHAI, 2026, "100000.00");
        long voucher = vouchers.issued(official, program, enterprise, "100000.00");
        assertThat(vouchers.redeem(official, voucher, "30000.00", null)).hasStatusOk();
        // still in force: its rest may not be spent elsewhere
        assertThat(release.releaseProgram(program)).isZero();
        assertThat(vouchers.issue(official, program, enterprise, "1.00", LocalDate.now().plusDays(9)))
                .hasStatus(HttpStatus.CONFLICT);

        expire(voucher);
        assertThat(release.releaseProgram(program)).isEqualByComparingTo("70000");
        assertThat(release.releaseProgram(program)).isZero();

        assertThat(api.get(official, VoucherApi.VOUCHERS + "/" + voucher)).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.releasedAmount", v -> v.assertThat().asNumber().satisfies(
                        n -> assertThat(n.doubleValue()).isEqualTo(70000.0)))
                .hasPathSatisfying("$.history[*].action", v -> v.assertThat().asList()
                        .containsExactly("ISSUE", "REDEEM", "RELEASE"));
        assertThat(api.money("select voucher_released_total from program where id = ?", program))
                .isEqualByComparingTo("70000");
        assertThat(vouchers.count("select count(*) from audit_event where action = 'voucher.release' "
                + "and entity_id = ?", String.valueOf(voucher))).isEqualTo(1);
        // the rest is the budget's again; the redeemed 30,000 stays committed, and is still paid
        assertThat(vouchers.issue(official, program, enterprise, "70000.01", LocalDate.now().plusDays(9)))
                .hasStatus(HttpStatus.CONFLICT);
        assertThat(vouchers.issue(official, program, enterprise, "70000.00", LocalDate.now().plusDays(9)))
                .hasStatus(HttpStatus.CREATED);
        assertThat(vouchers.pay(official, voucher)).hasStatusOk();
        assertThat(api.money("select paid_amount from innovation_voucher where id = ?", voucher))
                .isEqualByComparingTo("30000");
    }

    private void expire(long voucher) {
        fixtures.jdbc().sql("update innovation_voucher set issued_on = ?, valid_to = ? where id = ?")
                .params(LocalDate.now().minusMonths(13), LocalDate.now().minusDays(2), voucher).update();
    }
}
