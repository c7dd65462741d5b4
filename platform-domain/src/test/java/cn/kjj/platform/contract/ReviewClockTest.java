package cn.kjj.platform.contract;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.common.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReviewClockTest {

    private final WorkingDayCalendar weekdays = WorkingDayCalendar.weekdaysOnly();

    /** 10:00 in Shanghai on {@code day}. */
    private static Instant morningOf(String day) {
        return Instant.parse(day + "T02:00:00Z");
    }

    @Test
    void aSubmissionOnMondayIsDueOnTheMondayThreeWeeksLater() {
        assertThat(ReviewClock.dueOn(morningOf("2024-03-04"), false, weekdays)).isEqualTo(LocalDate.of(2024, 3, 25));
    }

    @Test
    void aSubmissionOnFridayIsDueOnTheFridayThreeWeeksLater() {
        assertThat(ReviewClock.dueOn(morningOf("2024-03-08"), false, weekdays)).isEqualTo(LocalDate.of(2024, 3, 29));
    }

    @Test
    void aSubmissionOnSaturdayOrSundayCountsFromTheFollowingMonday() {
        LocalDate due = LocalDate.of(2024, 3, 29);
        assertThat(ReviewClock.dueOn(morningOf("2024-03-09"), false, weekdays)).isEqualTo(due);
        assertThat(ReviewClock.dueOn(morningOf("2024-03-10"), false, weekdays)).isEqualTo(due);
    }

    @Test
    void theDateIsTakenInShanghaiNotInUtc() {
        // Sunday 23:30 UTC is Monday 07:30 in Shanghai
        Instant sundayNightUtc = Instant.parse("2024-03-10T23:30:00Z");

        assertThat(ReviewClock.officeDate(sundayNightUtc)).isEqualTo(LocalDate.of(2024, 3, 11));
        assertThat(ReviewClock.dueOn(sundayNightUtc, false, weekdays)).isEqualTo(LocalDate.of(2024, 4, 1));
    }

    @Test
    void holidaysDelayTheDueDateAndMakeUpWorkingDaysBringItForward() {
        Instant monday = morningOf("2024-04-01");
        LocalDate thursday = LocalDate.of(2024, 4, 4);
        LocalDate friday = LocalDate.of(2024, 4, 5);
        LocalDate makeUpSunday = LocalDate.of(2024, 4, 7);

        assertThat(ReviewClock.dueOn(monday, false, weekdays)).isEqualTo(LocalDate.of(2024, 4, 22));
        assertThat(ReviewClock.dueOn(monday, false, new WorkingDayCalendar(Map.of(thursday, false, friday, false))))
                .isEqualTo(LocalDate.of(2024, 4, 24));
        assertThat(ReviewClock.dueOn(monday, false,
                new WorkingDayCalendar(Map.of(thursday, false, friday, false, makeUpSunday, true))))
                .isEqualTo(LocalDate.of(2024, 4, 23));
    }

    @Test
    void aMakeUpSaturdayCountsAsAWorkingDay() {
        // Friday, then a make-up Saturday: one working day later is that Saturday
        WorkingDayCalendar calendar = new WorkingDayCalendar(Map.of(LocalDate.of(2024, 3, 9), true));

        assertThat(ReviewClock.dueOn(morningOf("2024-03-08"), false, calendar)).isEqualTo(LocalDate.of(2024, 3, 28));
    }

    @Test
    void aContractThatNeedsTwoOfficialsGetsThirtyWorkingDays() {
        assertThat(ReviewClock.dueOn(morningOf("2024-03-04"), true, weekdays)).isEqualTo(LocalDate.of(2024, 4, 15));
    }

    @Test
    void isOverdueOnlyFromTheDayAfterTheDueDate() {
        LocalDate due = LocalDate.of(2024, 3, 25);

        assertThat(ReviewClock.isOverdue(due, due.minusDays(1))).isFalse();
        assertThat(ReviewClock.isOverdue(due, due)).isFalse();
        assertThat(ReviewClock.isOverdue(due, due.plusDays(1))).isTrue();
    }
}
