package cn.kjj.platform.program;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.PersistenceTest;
import cn.kjj.platform.SqlFixtures;
import cn.kjj.platform.SqlFixtures.Refusal;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The schema itself keeps an application's money adding up, whatever writes to it (decisions 0039, 0044). */
@PersistenceTest
class ProgramApplicationSchemaTest {

    @Autowired
    SqlFixtures sql;

    @Test
    void awardsAndApprovalsTogetherNeverPassTheProgramsBudget() {
        long program = sql.program("1000.00");
        sql.jdbc().sql("update program set awarded_total = 600 where id = ?").param(program).update();

        Refusal refusal = sql.refusal(() -> sql.jdbc().sql("update program set approved_total = 400.01 where id = ?")
                .param(program).update());

        assertThat(refusal.sqlState()).isEqualTo(Refusal.CHECK);
        assertThat(refusal.constraint()).isEqualTo("program_commitments_within_budget");
    }

    @Test
    void aCallNeverApprovesBeyondItsBudget() {
        long call = call(sql.program("1000000.00"), "500000.00");

        Refusal refusal = sql.refusal(() -> sql.jdbc().sql("update program_call set approved_total = 500000.01 "
                + "where id = ?").param(call).update());

        assertThat(refusal.constraint()).isEqualTo("program_call_within_budget");
    }

    @Test
    void paidNeverPassesApprovedAndRecoveredNeverPassesPaid() {
        long program = sql.program("1000000.00");
        long application = application(program, call(program, "500000.00"));
        sql.jdbc().sql("update program_application set status = 'APPROVED', approved_amount = 100000, paid_total = 100000 "
                + "where id = ?").param(application).update();

        Refusal overpaid = sql.refusal(() -> sql.jdbc().sql("update program_application set paid_total = 100000.01 "
                + "where id = ?").param(application).update());
        Refusal overRecovered = sql.refusal(() -> sql.jdbc().sql("update program_application set "
                + "recovered_total = 100000.01 where id = ?").param(application).update());
        Refusal unapprovedPayment = sql.refusal(() -> sql.jdbc().sql("update program_application set "
                + "status = 'UNDER_REVIEW', approved_amount = null where id = ?").param(application).update());

        assertThat(overpaid.constraint()).isEqualTo("program_application_paid_within_approved");
        assertThat(overRecovered.constraint()).isEqualTo("program_application_recovered_within_paid");
        assertThat(unapprovedPayment.sqlState()).isEqualTo(Refusal.CHECK);
    }

    @Test
    void aChallengesPrizeStaysReservedInItsBudgetUntilTheWinnerIsNamed() {
        long program = sql.program("1000000.00");
        long call = call(program, "500000.00");
        sql.jdbc().sql("update program_call set prize = 200000 where id = ?").param(call).update();

        Refusal intoThePrize = sql.refusal(() -> sql.jdbc().sql("update program_call set approved_total = 300000.01 "
                + "where id = ?").param(call).update());

        assertThat(intoThePrize.constraint()).isEqualTo("program_call_within_budget");
        assertThat(sql.jdbc().sql("update program_call set approved_total = 300000 where id = ?").param(call).update())
                .isEqualTo(1);
    }

    @Test
    void aDroppedTeamsCancelledRestIsNeverPaidAndOnlyADroppedTeamHasOne() {
        long program = sql.program("1000000.00");
        long application = application(program, call(program, "500000.00"));
        sql.jdbc().sql("update program_application set status = 'DROPPED', approved_amount = 100000, "
                + "paid_total = 40000, cancelled_amount = 60000 where id = ?").param(application).update();

        Refusal paidAfterDrop = sql.refusal(() -> sql.jdbc().sql("update program_application set paid_total = 40000.01 "
                + "where id = ?").param(application).update());
        Refusal cancelledWhileRunning = sql.refusal(() -> sql.jdbc().sql("update program_application set "
                + "status = 'APPROVED' where id = ?").param(application).update());

        assertThat(paidAfterDrop.constraint()).isEqualTo("program_application_paid_within_approved");
        assertThat(cancelledWhileRunning.constraint()).isEqualTo("program_application_cancelled_when_dropped");
    }

    private long call(long program, String budget) {
        return sql.jdbc().sql("insert into program_call (program_id, title, opens_on, closes_on, budget, eligibility) "
                        + "values (?, '指南', ?, ?, ?, 'ANY') returning id")
                .params(program, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 30), new BigDecimal(budget))
                .query(Long.class).single();
    }

    private long application(long program, long call) {
        long enterprise = sql.enterprise(SqlFixtures.CODE_A);
        return sql.jdbc().sql("insert into program_application (program_id, call_id, enterprise_id, title, "
                        + "requested_amount, status) values (?, ?, ?, '项目', 200000, 'SUBMITTED') returning id")
                .params(program, call, enterprise).query(Long.class).single();
    }
}
