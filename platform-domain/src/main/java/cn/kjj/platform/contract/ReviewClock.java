package cn.kjj.platform.contract;

import cn.kjj.platform.common.ClockConfiguration;
import cn.kjj.platform.common.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The legal time limit for a registration decision: 15 working days after the latest
 * submission, 30 for a contract that needs two officials. Days are those of the registration
 * office, in China Standard Time, whatever zone the server runs in.
 */
public final class ReviewClock {

    public static final ZoneId ZONE = ClockConfiguration.BUREAU_ZONE;
    public static final int WORKING_DAYS = 15;
    public static final int WORKING_DAYS_TWO_OFFICIALS = 30;

    private ReviewClock() {
    }

    /** The last day on which a decision is in time. */
    public static LocalDate dueOn(Instant submittedAt, boolean twoOfficials, WorkingDayCalendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        return calendar.addWorkingDays(officeDate(submittedAt), twoOfficials ? WORKING_DAYS_TWO_OFFICIALS : WORKING_DAYS);
    }

    /** Late from the day after the due date on. */
    public static boolean isOverdue(LocalDate dueOn, LocalDate today) {
        return today.isAfter(dueOn);
    }

    /** The registration office's calendar date at {@code instant}. */
    public static LocalDate officeDate(Instant instant) {
        return LocalDate.ofInstant(Objects.requireNonNull(instant, "instant"), ZONE);
    }
}
