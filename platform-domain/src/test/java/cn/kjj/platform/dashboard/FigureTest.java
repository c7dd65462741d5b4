package cn.kjj.platform.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.dashboard.Dashboard.YearValue;
import cn.kjj.platform.region.RecognitionLevel;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class FigureTest {

    @Test
    void theYearOnYearChangeIsExactToSixPlacesAndMissingWithoutAPreviousFigure() {
        assertThat(Figure.of(672, 407, "2022", "2021").change()).isEqualTo(new BigDecimal("0.651106"));
        assertThat(Figure.of(new BigDecimal("350000.00"), new BigDecimal("400000.00"), "2023", "2022").change())
                .isEqualTo(new BigDecimal("-0.125000"));
        assertThat(Figure.of(5, 0, "2022", "2021").change()).isNull();
        assertThat(Figure.of(new BigDecimal("5"), null, "2022", "2021").change()).isNull();
    }

    @Test
    void rdIntensityComparesTheLatestYearWithTheYearJustBeforeIt() {
        Figure f = DashboardService.rdFigure(List.of(new YearValue(2021, new BigDecimal("0.0520")),
                new YearValue(2022, new BigDecimal("0.0571"))));
        assertThat(f.period()).isEqualTo("2022");
        assertThat(f.change()).isEqualTo(new BigDecimal("0.098077"));

        Figure gap = DashboardService.rdFigure(List.of(new YearValue(2019, new BigDecimal("0.05")),
                new YearValue(2022, new BigDecimal("0.0571"))));
        assertThat(gap.previous()).isNull();
        assertThat(gap.change()).isNull();
        assertThat(DashboardService.rdFigure(List.of()).present()).isFalse();
    }

    @Test
    void theTurnoverPeriodNamesTheMonthsCompared() {
        assertThat(DashboardService.label(2026, 11)).isEqualTo("2026-01/2026-11");
        assertThat(DashboardService.label(2025, 12)).isEqualTo("2025");
    }

    @Test
    void platformsWithoutARecognitionDateCountInEveryYear() {
        RecognizedPlatforms p = RecognizedPlatforms.of(List.of(
                new Object[] {RecognitionLevel.NATIONAL, 2020, 2L},
                new Object[] {RecognitionLevel.PROVINCIAL, 2022, 1L},
                new Object[] {RecognitionLevel.DISTRICT, null, 3L}));

        assertThat(p.by(2021)).isEqualTo(5);
        assertThat(p.by(2022)).isEqualTo(6);
        assertThat(p.in(2022)).isEqualTo(1);
        assertThat(p.by(RecognitionLevel.PROVINCIAL, 2021)).isZero();
        assertThat(p.byLevel(2022)).extracting(Dashboard.LevelCount::count).containsExactly(2L, 1L, 0L, 3L);
    }
}
