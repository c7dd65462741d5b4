package cn.kjj.platform.program;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.PersistenceTest;
import cn.kjj.platform.SqlFixtures;
import cn.kjj.platform.SqlFixtures.Refusal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

@PersistenceTest
class ProgramSchemaTest {

    @Autowired
    SqlFixtures sql;

    @Test
    void anAwardOfAProgramThatDoesNotExistIsRefused() {
        long enterpriseId = sql.enterprise(SqlFixtures.CODE_A);
        long missingProgram = sql.program("1000") + 1000;

        Refusal refusal = sql.refusal(() -> sql.insert("program_award", Map.of("program_id", missingProgram,
                "enterprise_id", enterpriseId, "amount", new BigDecimal("100.00"),
                "awarded_on", LocalDate.of(2023, 6, 30))));

        assertThat(refusal.exception()).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(refusal.sqlState()).isEqualTo(Refusal.FOREIGN_KEY);
        assertThat(refusal.constraint()).isEqualTo("program_award_program_id_fkey");
    }

    @Test
    void anAwardedTotalPastTheBudgetIsRefused() {
        long programId = sql.program("1000.00");
        assertThat(addToAwardedTotal(programId, "999.99")).isEqualTo(1);

        Refusal refusal = sql.refusal(() -> addToAwardedTotal(programId, "0.02"));

        assertThat(refusal.sqlState()).isEqualTo(Refusal.CHECK);
        assertThat(refusal.constraint()).isEqualTo("program_commitments_within_budget");
        assertThat(addToAwardedTotal(programId, "0.01")).as("exactly the budget is allowed").isEqualTo(1);
    }

    @Test
    void aBudgetCutBelowTheAwardedTotalIsRefused() {
        long programId = sql.program("1000.00");
        addToAwardedTotal(programId, "800");

        Refusal refusal = sql.refusal(() -> sql.jdbc().sql("update program set budget = 799.99 where id = ?")
                .param(programId).update());

        assertThat(refusal.constraint()).isEqualTo("program_commitments_within_budget");
    }

    @Test
    void anAwardOfNothingIsRefused() {
        long enterpriseId = sql.enterprise(SqlFixtures.CODE_A);
        long programId = sql.program("1000");

        Refusal refusal = sql.refusal(() -> sql.insert("program_award", Map.of("program_id", programId,
                "enterprise_id", enterpriseId, "amount", BigDecimal.ZERO, "awarded_on", LocalDate.of(2023, 6, 30))));

        assertThat(refusal.constraint()).isEqualTo("program_award_amount_check");
    }

    @Test
    void anUnknownProgramKindIsRefused() {
        Refusal refusal = sql.refusal(() -> sql.insert("program", Map.of("name", "x", "kind", "LOAN",
                "region_code", "440704", "year", 2023, "budget", BigDecimal.TEN)));

        assertThat(refusal.constraint()).isEqualTo("program_kind_check");
    }

    private int addToAwardedTotal(long programId, String amount) {
        return sql.jdbc().sql("update program set awarded_total = awarded_total + ? where id = ?")
                .params(new BigDecimal(amount), programId)
                .update();
    }
}
