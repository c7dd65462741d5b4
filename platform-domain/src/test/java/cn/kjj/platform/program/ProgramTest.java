package cn.kjj.platform.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kjj.platform.common.ConflictException;
import cn.kjj.platform.common.InvalidInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class ProgramTest {

    private static final Instant NOW = Instant.parse("2023-03-01T08:00:00Z");

    private static Program program(String budget) {
        Program program = new Program(new ProgramDetails(" 科技创新券 ", ProgramKind.INNOVATION_VOUCHER, "440704", 2023,
                new BigDecimal(budget), null), NOW);
        ReflectionTestUtils.setField(program, "id", 7L);
        return program;
    }

    @Test
    void awardsAddUpToTheAwardedTotalWithTwoDecimals() {
        Program program = program("1000000");

        program.award(new BigDecimal("300000"));
        program.award(new BigDecimal("200000.5"));

        assertThat(program.getAwardedTotal()).isEqualByComparingTo("500000.50");
        assertThat(program.getAwardedTotal().scale()).isEqualTo(2);
        assertThat(program.remainingBudget()).isEqualByComparingTo("499999.50");
    }

    @Test
    void anAwardThatUsesTheWholeRemainingBudgetIsAllowed() {
        Program program = program("1000.00");
        program.award(new BigDecimal("400"));

        program.award(new BigDecimal("600.00"));

        assertThat(program.getAwardedTotal()).isEqualByComparingTo(program.getBudget());
        assertThat(program.remainingBudget()).isZero();
    }

    @Test
    void anAwardBeyondTheBudgetIsAConflictAndChangesNothing() {
        Program program = program("1000.00");
        program.award(new BigDecimal("999.99"));

        assertThatThrownBy(() -> program.award(new BigDecimal("0.02")))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("error.program.budgetExceeded"));
        assertThat(program.getAwardedTotal()).isEqualByComparingTo("999.99");
    }

    @Test
    void awardsUpToExactlyTheBudgetAreAllowedButOneYuanMoreIsAConflict() {
        Program program = program("1000000.00");
        program.award(new BigDecimal("600000.00"));

        assertThatThrownBy(() -> program.award(new BigDecimal("400001.00")))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo("error.program.budgetExceeded");
                    assertThat(e.args()).containsExactly(7L, new BigDecimal("400001.00"), new BigDecimal("400000.00"));
                });
        program.award(new BigDecimal("400000.00"));
        assertThat(program.getAwardedTotal()).isEqualByComparingTo("1000000.00");
        assertThat(program.remainingBudget()).isZero();
    }

    @Test
    void anAwardMustBePositiveWithAtMostTwoDecimals() {
        Program program = program("1000");

        assertThatThrownBy(() -> program.award(BigDecimal.ZERO)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> program.award(new BigDecimal("-5"))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> program.award(new BigDecimal("1.005"))).isInstanceOf(InvalidInputException.class);
        assertThat(program.getAwardedTotal()).isZero();
    }

    @Test
    void anAwardRecordCarriesTheProgramTheEnterpriseAndTheAmount() {
        Program program = program("50000");
        Instant later = NOW.plusSeconds(60);

        ProgramAward award = program.award(3L, new BigDecimal("20000"), LocalDate.of(2023, 4, 1), " 首批 ", later);

        assertThat(award.getProgramId()).isEqualTo(7L);
        assertThat(award.getEnterpriseId()).isEqualTo(3L);
        assertThat(award.getAmount()).isEqualByComparingTo("20000.00");
        assertThat(award.getNote()).isEqualTo("首批");
        assertThat(program.getAwardedTotal()).isEqualByComparingTo("20000");
        assertThat(program.getUpdatedAt()).isEqualTo(later);
    }

    @Test
    void anAwardRecordWithoutEnterpriseOrDateIsRefusedBeforeTheTotalMoves() {
        Program program = program("50000");

        assertThatThrownBy(() -> program.award(null, new BigDecimal("1"), null, null, NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field)
                        .containsExactly("enterpriseId", "awardedOn"));
        assertThat(program.getAwardedTotal()).isZero();
    }

    @Test
    void theBudgetCannotBeCutBelowWhatIsAlreadyAwarded() {
        Program program = program("1000");
        program.award(new BigDecimal("800"));

        assertThatThrownBy(() -> program.update(new ProgramDetails("x", ProgramKind.SUBSIDY, "440704", 2023,
                new BigDecimal("799.99"), null), NOW))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("error.program.budgetBelowAwarded"));
        program.update(new ProgramDetails("x", ProgramKind.SUBSIDY, "440704", 2023, new BigDecimal("800"), null), NOW);
        assertThat(program.getBudget()).isEqualByComparingTo("800.00");
    }

    @Test
    void detailsListEveryBrokenFieldAtOnce() {
        ProgramDetails details = new ProgramDetails(" ", null, "4407", 1900, new BigDecimal("-1"), null);

        assertThatThrownBy(details::validated)
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field)
                        .containsExactly("name", "kind", "regionCode", "year", "budget"));
    }
}
