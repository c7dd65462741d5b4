package cn.kjj.platform.contract;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.common.WorkingDayCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleProfileTest {

    private static final LocalDate FRIDAY = LocalDate.of(2029, 3, 2);
    private static final WorkingDayCalendar HOLIDAY_ON_MONDAY =
            new WorkingDayCalendar(Map.of(LocalDate.of(2029, 3, 5), false));

    @Test
    void aCalendarDayProfileCountsEveryDayWeekendsAndHolidaysToo() {
        assertThat(RuleProfile.MEASURES_2000.dueOn(FRIDAY, false, HOLIDAY_ON_MONDAY)).isEqualTo(LocalDate.of(2029, 4, 1));
        assertThat(RuleProfile.MEASURES_2000.dueOn(FRIDAY, true, HOLIDAY_ON_MONDAY)).isEqualTo(LocalDate.of(2029, 4, 1));
        // the working-day profiles skip the weekend and the holiday: Monday 5 March does not count
        assertThat(RuleProfile.DEFAULT.dueOn(FRIDAY, false, HOLIDAY_ON_MONDAY)).isEqualTo(LocalDate.of(2029, 3, 26));
        assertThat(RuleProfile.DEFAULT.dueOn(FRIDAY, false, WorkingDayCalendar.weekdaysOnly()))
                .isEqualTo(LocalDate.of(2029, 3, 23));
    }

    @Test
    void draft2024JudgesLargeOnTheTechnologyTransactionAmountTheOthersOnTheContractAmount() {
        BigDecimal six = new BigDecimal("6000000.00");
        BigDecimal three = new BigDecimal("3000000.00");
        BigDecimal five = new BigDecimal("5000000.00");

        assertThat(RuleProfile.DRAFT_2024.isLarge(six, three)).isFalse();
        assertThat(RuleProfile.DRAFT_2024.isLarge(six, five)).isTrue();
        assertThat(RuleProfile.DEFAULT.isLarge(six, three)).isTrue();
        assertThat(RuleProfile.DEFAULT.isLarge(new BigDecimal("4999999.99"), three)).isFalse();
        assertThat(RuleProfile.MEASURES_2000.isLarge(six, three)).isTrue();
    }

    @Test
    void aLargeContractGetsTheLongerLimit() {
        assertThat(RuleProfile.DRAFT_2024.dueOn(FRIDAY, true, WorkingDayCalendar.weekdaysOnly()))
                .isEqualTo(LocalDate.of(2029, 4, 13));
    }
}
