package cn.kjj.platform.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    // 2024-03-04 is a Monday
    private static final LocalDate MONDAY = LocalDate.of(2024, 3, 4);
    private static final LocalDate FRIDAY = LocalDate.of(2024, 3, 8);
    private static final LocalDate SATURDAY = LocalDate.of(2024, 3, 9);
    private static final LocalDate SUNDAY = LocalDate.of(2024, 3, 10);

    // Qingming 2024: Thursday 4 and Friday 5 April off, Sunday 7 April worked instead
    private static final WorkingDayCalendar QINGMING_2024 = new WorkingDayCalendar(Map.of(
            LocalDate.of(2024, 4, 4), false,
            LocalDate.of(2024, 4, 5), false,
            LocalDate.of(2024, 4, 7), true));

    private final WorkingDayCalendar weekdays = WorkingDayCalendar.weekdaysOnly();

    @Test
    void mondayToFridayAreWorkingDaysAndTheWeekendIsNot() {
        for (int i = 0; i < 5; i++) {
            assertThat(weekdays.isWorkingDay(MONDAY.plusDays(i))).as(MONDAY.plusDays(i).getDayOfWeek().toString()).isTrue();
        }
        assertThat(weekdays.isWorkingDay(SATURDAY)).isFalse();
        assertThat(weekdays.isWorkingDay(SUNDAY)).isFalse();
    }

    @Test
    void aPublicHolidayOnAWeekdayIsNotAWorkingDay() {
        assertThat(QINGMING_2024.isWorkingDay(LocalDate.of(2024, 4, 4))).isFalse();
        assertThat(QINGMING_2024.isWorkingDay(LocalDate.of(2024, 4, 5))).isFalse();
        assertThat(QINGMING_2024.isWorkingDay(LocalDate.of(2024, 4, 3))).isTrue();
    }

    @Test
    void aMakeUpWorkingDayOnTheWeekendIsAWorkingDay() {
        assertThat(QINGMING_2024.isWorkingDay(LocalDate.of(2024, 4, 7))).isTrue();
        assertThat(QINGMING_2024.isWorkingDay(LocalDate.of(2024, 4, 6))).isFalse();
    }

    @Test
    void addingOneWorkingDayToAFridayOrAWeekendDayGivesMonday() {
        LocalDate nextMonday = LocalDate.of(2024, 3, 11);
        assertThat(weekdays.addWorkingDays(FRIDAY, 1)).isEqualTo(nextMonday);
        assertThat(weekdays.addWorkingDays(SATURDAY, 1)).isEqualTo(nextMonday);
        assertThat(weekdays.addWorkingDays(SUNDAY, 1)).isEqualTo(nextMonday);
    }

    @Test
    void theStartDayNeverCountsEvenWhenItIsAWorkingDay() {
        assertThat(weekdays.addWorkingDays(MONDAY, 1)).isEqualTo(MONDAY.plusDays(1));
        assertThat(weekdays.addWorkingDays(MONDAY, 5)).isEqualTo(MONDAY.plusDays(7));
    }

    @Test
    void addingZeroWorkingDaysGivesTheStartDay() {
        assertThat(weekdays.addWorkingDays(SATURDAY, 0)).isEqualTo(SATURDAY);
    }

    @Test
    void addingWorkingDaysSkipsHolidaysAndCountsMakeUpDays() {
        LocalDate wednesday = LocalDate.of(2024, 4, 3);
        // Thu and Fri off, Sat off, Sun worked: the first working day after Wednesday is that Sunday
        assertThat(QINGMING_2024.addWorkingDays(wednesday, 1)).isEqualTo(LocalDate.of(2024, 4, 7));
        assertThat(QINGMING_2024.addWorkingDays(wednesday, 2)).isEqualTo(LocalDate.of(2024, 4, 8));
        assertThat(weekdays.addWorkingDays(wednesday, 2)).isEqualTo(LocalDate.of(2024, 4, 5));
    }

    @Test
    void refusesANegativeNumberOfDays() {
        assertThatThrownBy(() -> weekdays.addWorkingDays(MONDAY, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isNotChangedByLaterChangesToTheMapItWasBuiltFrom() {
        var exceptions = new java.util.HashMap<LocalDate, Boolean>();
        exceptions.put(MONDAY, false);
        WorkingDayCalendar calendar = new WorkingDayCalendar(exceptions);
        exceptions.put(MONDAY, true);

        assertThat(calendar.isWorkingDay(MONDAY)).isFalse();
    }
}
