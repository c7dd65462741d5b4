package cn.kjj.platform.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class HighTechCriteriaTest {

    @Test
    void tenPercentOfStaffInResearchMeetsTheStaffCriterion() {
        assertThat(HighTechCriteria.of(100, 10, null, null).rdStaffMet()).isTrue();
        assertThat(HighTechCriteria.of(100, 9, null, null).rdStaffMet()).isFalse();
        assertThat(HighTechCriteria.of(120, 18, null, null).rdStaffShare()).isEqualByComparingTo("0.15");
    }

    @Test
    void theExpenseThresholdFallsAsRevenueGrows() {
        assertThat(HighTechCriteria.of(null, null, new BigDecimal("50000000"), new BigDecimal("2500000"))
                .rdExpenseMet()).isTrue();
        assertThat(HighTechCriteria.of(null, null, new BigDecimal("50000000.01"), new BigDecimal("2000000.01"))
                .rdExpenseThreshold()).isEqualByComparingTo("0.04");
        HighTechCriteria large = HighTechCriteria.of(null, null, new BigDecimal("300000000"), new BigDecimal("8999999"));
        assertThat(large.rdExpenseThreshold()).isEqualByComparingTo("0.03");
        assertThat(large.rdExpenseMet()).isFalse();
    }

    @Test
    void missingFiguresGiveNoVerdict() {
        HighTechCriteria unknown = HighTechCriteria.of(null, 5, BigDecimal.ZERO, BigDecimal.ONE);

        assertThat(unknown.rdStaffShare()).isNull();
        assertThat(unknown.rdStaffMet()).isNull();
        assertThat(unknown.rdExpenseShare()).isNull();
        assertThat(unknown.rdExpenseMet()).isNull();
    }
}
