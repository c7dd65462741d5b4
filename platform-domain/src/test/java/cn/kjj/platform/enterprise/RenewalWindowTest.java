package cn.kjj.platform.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kjj.platform.common.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RenewalWindowTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void looksHalfAYearAheadUnlessToldOtherwise() {
        assertThat(RenewalWindow.of(null).days()).isEqualTo(180);
        assertThat(RenewalWindow.of(30).until(TODAY)).isEqualTo(LocalDate.of(2026, 12, 22));
    }

    @Test
    void includesTodayAndItsLastDayButNothingBeforeOrAfter() {
        RenewalWindow window = RenewalWindow.of(180);

        assertThat(window.contains(TODAY, TODAY)).isTrue();
        assertThat(window.contains(TODAY.plusDays(100), TODAY)).isTrue();
        assertThat(window.contains(TODAY.plusDays(180), TODAY)).isTrue();
        assertThat(window.contains(TODAY.plusDays(181), TODAY)).isFalse();
        assertThat(window.contains(TODAY.plusDays(200), TODAY)).isFalse();
        assertThat(window.contains(TODAY.minusDays(1), TODAY)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -5, 3651})
    void refusesWindowsOutsideOneDayToTenYearsNamingTheField(int days) {
        assertThatThrownBy(() -> RenewalWindow.of(days))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors().get(0).field()).isEqualTo("withinDays");
                    assertThat(e.errors().get(0).code()).isEqualTo("error.certification.withinDays");
                });
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3650})
    void acceptsTheBoundaries(int days) {
        assertThat(RenewalWindow.of(days).days()).isEqualTo(days);
    }
}
