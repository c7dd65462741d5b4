package cn.kjj.platform.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kjj.platform.common.InvalidInputException;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RegionalStatisticTest {

    private static final Instant RECORDED = Instant.parse("2023-03-01T08:00:00Z");
    private static final Instant REVISED = Instant.parse("2023-09-01T08:00:00Z");

    private static RegionalStatistic jianghai2022() {
        return new RegionalStatistic("440704", 2022, new BigDecimal("30000000000"), new BigDecimal("1713000000"),
                "江门市统计局", null, RECORDED);
    }

    @Test
    void aNewStatisticHoldsTheFiguresWithTwoDecimals() {
        RegionalStatistic statistic = jianghai2022();

        assertThat(statistic.getId()).isEqualTo(new RegionalStatisticId("440704", 2022));
        assertThat(statistic.getGdp()).isEqualTo(new BigDecimal("30000000000.00"));
        assertThat(statistic.getRdExpenditure()).isEqualTo(new BigDecimal("1713000000.00"));
        assertThat(statistic.isNew()).isTrue();
    }

    @Test
    void aRevisionKeepsTheFiguresItReplacesWithWhenAndByWhomTheyWereRecorded() {
        RegionalStatistic statistic = jianghai2022();

        RegionalStatisticRevision previous = statistic.revise(new BigDecimal("31000000000"),
                new BigDecimal("1800000000"), "江门市统计年鉴2023", 9L, REVISED).orElseThrow();

        assertThat(previous.getRegionCode()).isEqualTo("440704");
        assertThat(previous.getYear()).isEqualTo(2022);
        assertThat(previous.getGdp()).isEqualByComparingTo("30000000000");
        assertThat(previous.getRdExpenditure()).isEqualByComparingTo("1713000000");
        assertThat(previous.getSource()).isEqualTo("江门市统计局");
        assertThat(previous.getRevisedAt()).isEqualTo(RECORDED);
        assertThat(previous.getRevisedBy()).isNull();
        assertThat(statistic.getGdp()).isEqualByComparingTo("31000000000");
        assertThat(statistic.getRdExpenditure()).isEqualByComparingTo("1800000000");
        assertThat(statistic.getSource()).isEqualTo("江门市统计年鉴2023");
        assertThat(statistic.getUpdatedAt()).isEqualTo(REVISED);
        assertThat(statistic.getUpdatedBy()).isEqualTo(9L);
    }

    @Test
    void theSameFiguresAgainMakeNoRevision() {
        RegionalStatistic statistic = jianghai2022();

        assertThat(statistic.revise(new BigDecimal("30000000000.00"), new BigDecimal("1713000000"), " 江门市统计局 ",
                9L, REVISED)).isEmpty();
        assertThat(statistic.getUpdatedAt()).isEqualTo(RECORDED);
    }

    @Test
    void aBadRevisionIsRefusedAndChangesNothing() {
        RegionalStatistic statistic = jianghai2022();

        assertThatThrownBy(() -> statistic.revise(BigDecimal.ZERO, new BigDecimal("-1"), " ", 9L, REVISED))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field)
                        .containsExactly("gdp", "rdExpenditure", "source"));
        assertThat(statistic.getGdp()).isEqualByComparingTo("30000000000");
    }

    @Test
    void figuresWithMoreThanTwoDecimalsOrAYearOutOfRangeAreRefused() {
        assertThatThrownBy(() -> new RegionalStatistic("440704", 2022, new BigDecimal("1.001"), BigDecimal.ONE, "s",
                null, RECORDED)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new RegionalStatistic("440704", 1979, BigDecimal.TEN, BigDecimal.ONE, "s", null,
                RECORDED)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void figuresAreCheckedAllAtOnceWithoutARow() {
        assertThatThrownBy(() -> RegionalStatistic.checkFigures(new BigDecimal("1.001"), new BigDecimal("-1"), " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field)
                        .containsExactly("gdp", "rdExpenditure", "source"));
    }
}
