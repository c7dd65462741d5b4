package cn.kjj.platform.program;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.PersistenceTest;
import cn.kjj.platform.SqlFixtures;
import cn.kjj.platform.SqlFixtures.Refusal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The schema keeps vouchers within their program's budget and their money consistent (V30, decision 0043). */
@PersistenceTest
class VoucherSchemaTest {

    @Autowired
    SqlFixtures sql;

    @Test
    void vouchersShareTheOneBudgetCheckWithAwardsAndApprovals() {
        long program = sql.program("1000.00");
        sql.jdbc().sql("update program set awarded_total = 300, approved_total = 300 where id = ?").param(program)
                .update();

        Refusal refusal = sql.refusal(() -> sql.jdbc().sql("update program set voucher_total = 400.01 where id = ?")
                .param(program).update());

        assertThat(refusal.sqlState()).isEqualTo(Refusal.CHECK);
        assertThat(refusal.constraint()).isEqualTo("program_commitments_within_budget");
    }

    @Test
    void aVoucherIsRedeemedWithinItsAmountPaidAsRedeemedAndStoredInItsThreeStatesOnly() {
        long voucher = voucher(sql.program("100000.00"));

        Refusal overRedeemed = sql.refusal(() -> redeem(voucher, "1000.01"));
        redeem(voucher, "800.00");
        Refusal paidOtherwise = sql.refusal(() -> sql.jdbc().sql("update innovation_voucher set status = 'PAID', "
                + "paid_amount = 900, paid_on = redeemed_on where id = ?").param(voucher).update());
        Refusal expiredStored = sql.refusal(() -> sql.jdbc().sql("update innovation_voucher set status = 'EXPIRED' "
                + "where id = ?").param(voucher).update());
        Refusal redeemedWithoutProvider = sql.refusal(() -> sql.jdbc().sql("update innovation_voucher set "
                + "provider_name = null where id = ?").param(voucher).update());

        assertThat(overRedeemed.constraint()).isEqualTo("innovation_voucher_redeemed_within_amount");
        assertThat(paidOtherwise.constraint()).isEqualTo("innovation_voucher_paid_as_redeemed");
        assertThat(expiredStored.sqlState()).isEqualTo(Refusal.CHECK);
        assertThat(redeemedWithoutProvider.constraint()).isEqualTo("innovation_voucher_redeemed_when");
    }

    @Test
    void aVoucherReleasesOnlyItsUnredeemedPartOnlyAfterItsLastDayAndTheBudgetSubtractsWhatWasReleased() {
        long program = sql.program("1000.00");
        long voucher = voucher(program);
        redeem(voucher, "300.00");

        Refusal beforeExpiry = sql.refusal(() -> release(voucher, "700.00", LocalDate.of(2026, 12, 31)));
        Refusal wholeFace = sql.refusal(() -> release(voucher, "1000.00", LocalDate.of(2027, 1, 1)));
        release(voucher, "700.00", LocalDate.of(2027, 1, 1));
        Refusal redeemedAfter = sql.refusal(() -> redeem(voucher, "400.00"));
        sql.jdbc().sql("update program set voucher_total = 1000 where id = ?").param(program).update();
        Refusal releasedBeyondIssued = sql.refusal(() -> sql.jdbc().sql("update program set "
                + "voucher_released_total = 1000.01 where id = ?").param(program).update());
        sql.jdbc().sql("update program set voucher_released_total = 700, awarded_total = 700 where id = ?")
                .param(program).update();
        Refusal overBudget = sql.refusal(() -> sql.jdbc().sql("update program set awarded_total = 700.01 "
                + "where id = ?").param(program).update());

        assertThat(beforeExpiry.constraint()).isEqualTo("innovation_voucher_released_after_expiry");
        assertThat(wholeFace.constraint()).isEqualTo("innovation_voucher_released_unredeemed_part");
        assertThat(redeemedAfter.constraint()).isEqualTo("innovation_voucher_released_unredeemed_part");
        assertThat(releasedBeyondIssued.constraint()).isEqualTo("program_voucher_released_within_issued");
        assertThat(overBudget.constraint()).isEqualTo("program_commitments_within_budget");
    }

    private int release(long voucher, String amount, LocalDate on) {
        return sql.jdbc().sql("update innovation_voucher set released_amount = ?, released_on = ? where id = ?")
                .params(new java.math.BigDecimal(amount), on, voucher).update();
    }

    private long voucher(long program) {
        long enterprise = sql.enterprise(SqlFixtures.CODE_A);
        return sql.jdbc().sql("insert into innovation_voucher (program_id, enterprise_id, amount, issued_on, valid_to, "
                        + "status) values (?, ?, 1000.00, ?, ?, 'ISSUED') returning id")
                .params(program, enterprise, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 12, 31))
                .query(Long.class).single();
    }

    private int redeem(long voucher, String amount) {
        return sql.jdbc().sql("update innovation_voucher set status = 'REDEEMED', provider_name = '检测院', "
                        + "provider_credit_code = ?, redeemed_amount = ?, redeemed_on = ? where id = ?")
                .params(SqlFixtures.CODE_A, new java.math.BigDecimal(amount), LocalDate.of(2026, 3, 1), voucher)
                .update();
    }
}
