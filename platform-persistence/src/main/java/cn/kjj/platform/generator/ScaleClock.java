package cn.kjj.platform.generator;

import cn.kjj.platform.common.WorkingDayCalendar;
import cn.kjj.platform.contract.ReviewClock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * The generated contracts' time stamps and due dates, each made once for the day (and hour, and kind of review) of
 * the data it belongs to and kept: every contract and history row has several, and their texts and the working-day
 * calendar's walk cost more than the rest of a row (decision 0062). Shared by the generator's streams: threads that
 * meet on an empty slot make the same value, either one's is kept.
 */
final class ScaleClock {

    private final WorkingDayCalendar calendar;
    private final int days;
    private final long firstDay;
    /** The time stamps' texts by day (from the first day of the data) and hour, made when first written. */
    private final String[] stamps;
    /** The due dates by day of submission (from the first day of the data) and review (one or two officials). */
    private final LocalDate[] dues;

    ScaleClock(ScaleSettings settings, WorkingDayCalendar calendar) {
        this.calendar = calendar;
        this.days = (int) (settings.until().toEpochDay() - settings.from().toEpochDay()) + 1;
        this.firstDay = settings.from().toEpochDay();
        this.stamps = new String[days * 24];
        this.dues = new LocalDate[days * 2];
    }

    /** The days of the data, its first and last included. */
    int days() {
        return days;
    }

    private static ZonedDateTime at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 30)).atZone(ReviewClock.ZONE);
    }

    /** {@link ReviewClock#dueOn} of a submission on {@code day} at 9:30. */
    LocalDate dueOn(LocalDate day, boolean twoOfficials) {
        int index = (int) (day.toEpochDay() - firstDay) * 2 + (twoOfficials ? 1 : 0);
        if (index < 0 || index >= dues.length) {
            return ReviewClock.dueOn(at(day, 9).toInstant(), twoOfficials, calendar);
        }
        LocalDate due = dues[index];
        if (due == null) {
            due = ReviewClock.dueOn(at(day, 9).toInstant(), twoOfficials, calendar);
            dues[index] = due;
        }
        return due;
    }

    /** {@code day} at {@code hour}:30 in the office's zone, as {@code OffsetDateTime.toString()} writes it. */
    String stamp(LocalDate day, int hour) {
        int index = (int) (day.toEpochDay() - firstDay) * 24 + hour;
        if (index < 0 || index >= stamps.length) {
            return at(day, hour).toOffsetDateTime().toString();
        }
        String stamp = stamps[index];
        if (stamp == null) {
            stamp = at(day, hour).toOffsetDateTime().toString();
            stamps[index] = stamp;
        }
        return stamp;
    }
}
