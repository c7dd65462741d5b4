package cn.kjj.platform.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Progress towards a target, as the dashboard and the report print it: one decimal of a percentage, never rounded up. */
class TargetProgressTest {

    @ParameterizedTest(name = "{0} of {1} is {2}")
    @CsvSource({
            "548, 563, 0.973",     // the seeds' "563 targeted, 548 reached, 97.3 %"
            "563, 563, 1.000",     // reached exactly
            "562, 563, 0.998",     // one short
            "1999, 2000, 0.999",   // 99.95 % is not shown as 100.0 %
            "2412, 2300, 1.048",   // beyond the target
            "0, 563, 0.000",
            "2, 3, 0.666"})
    void progressIsActualOverTargetCutToThreePlaces(String actual, String target, String progress) {
        assertThat(TargetView.progress(new BigDecimal(actual), new BigDecimal(target)).toPlainString())
                .isEqualTo(progress);
    }

    @Test
    void anR_DIntensityIsComparedExactlyNotThroughItsRoundedRatio() {
        // the demo city's 2022: 9,792,650,000 / 377,300,000,000 = 0.0259545... against 2.7 %
        BigDecimal progress = TargetView.progress(new BigDecimal("9792650000.00"),
                new BigDecimal("377300000000.00").multiply(new BigDecimal("0.027")));

        assertThat(progress).isEqualByComparingTo("0.961");
    }

    @Test
    void withoutAnActualThereIsNoProgress() {
        assertThat(TargetView.progress(null, new BigDecimal("563"))).isNull();
    }
}
