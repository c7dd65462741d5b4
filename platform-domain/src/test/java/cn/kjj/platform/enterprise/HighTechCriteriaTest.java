package cn.kjj.platform.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class HighTechCriteriaTest {

    @Test
    void tenPercentOfStaffInResearchMeetsTheStaffCriterion() {
        assertThat(HighTechCriteria.of(HighTechThresholds.defaults(), 100, 10, null, null).rdStaffMet()).isTrue();
        assertThat(HighTechCriteria.of(HighTechThresholds.defaults(), 100, 9, null, null).rdStaffMet()).isFalse();
        assertThat(HighTechCriteria.of(HighTechThresholds.defaults(), 120, 18, null, null).rdStaffShare()).isEqualByComparingTo("0.15");
    }

    @Test
    void theExpenseThresholdFallsAsRevenueGrows() {
        assertThat(HighTechCriteria.of(HighTechThresholds.defaults(), null, null, new BigDecimal("50000000"), new BigDecimal("2500000"))
                .rdExpenseMet()).isTrue();
        assertThat(HighTechCriteria.of(HighTechThresholds.defaults(), null, null, new BigDecimal("50000000.01"), new BigDecimal("2000000.01"))
                .rdExpenseThreshold()).isEqualByComparingTo("0.04");
        HighTechCriteria large = HighTechCriteria.of(HighTechThresholds.defaults(), null, null, new BigDecimal("300000000"), new BigDecimal("8999999"));
        assertThat(large.rdExpenseThreshold()).isEqualByComparingTo("0.03");
        assertThat(large.rdExpenseMet()).isFalse();
    }

    @Test
    void missingFiguresGiveNoVerdict() {
        HighTechCriteria unknown = HighTechCriteria.of(HighTechThresholds.defaults(), null, 5, BigDecimal.ZERO, BigDecimal.ONE);

        assertThat(unknown.rdStaffShare()).isNull();
        assertThat(unknown.rdStaffMet()).isNull();
        assertThat(unknown.rdExpenseShare()).isNull();
        assertThat(unknown.rdExpenseMet()).isNull();
    }

    @Test
    void theHintReadsTheOfficesSettingsNotAConstant() {
        HighTechThresholds d = HighTechThresholds.defaults();
        HighTechThresholds stricter = new HighTechThresholds(d.smallSalesLimit(), d.mediumSalesLimit(),
                new BigDecimal("0.06"), d.mediumRdShare(), d.largeRdShare(), d.domesticRdShare(),
                d.highTechIncomeShare(), new BigDecimal("0.20"), d.innovationScore(), d.yearsRegistered(), d.keyFields());
        HighTechCriteria hint = HighTechCriteria.of(stricter, 100, 10, new BigDecimal("50000000"),
                new BigDecimal("2500000"));
        assertThat(hint.rdStaffMet()).isFalse();
        assertThat(hint.rdExpenseThreshold()).isEqualByComparingTo("0.06");
        assertThat(hint.rdExpenseMet()).isFalse();
    }
}
