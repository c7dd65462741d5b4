package cn.kjj.platform.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class StatisticViewTest {

    private static BigDecimal percent(String rd, String gdp) {
        return StatisticView.intensityPercent(new BigDecimal(rd), new BigDecimal(gdp));
    }

    @Test
    void jianghaisRdIntensityOf2022Is571Percent() {
        assertThat(percent("1713000000.00", "30000000000.00")).isEqualTo(new BigDecimal("5.71"));
    }

    @Test
    void aQuotientThatDoesNotEndIsRoundedHalfUpToTwoDecimalsFromTheExactValue() {
        assertThat(percent("1", "3")).isEqualTo(new BigDecimal("33.33"));
        assertThat(percent("2", "3")).isEqualTo(new BigDecimal("66.67"));
        // 0.00005 exactly: half up, never a binary floating-point 0.0000499999
        assertThat(percent("0.05", "1000")).isEqualTo(new BigDecimal("0.01"));
        assertThat(percent("0.04", "1000")).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void withoutGdpThereIsNoIntensity() {
        assertThat(StatisticView.intensityPercent(new BigDecimal("1"), null)).isNull();
        assertThat(StatisticView.intensityPercent(new BigDecimal("1"), BigDecimal.ZERO)).isNull();
    }
}
