package cn.kjj.platform.contract;

import cn.kjj.platform.common.ClockConfiguration;
import cn.kjj.platform.common.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The legal time limit for a registration decision, counted from the latest submission as the
 * contract's {@link RuleProfile} says (by default 15 working days, 30 for a contract that needs
 * two officials). Days are those of the registration office, in China Standard Time, whatever
 * zone the server runs in.
 */
public final class ReviewClock {

    public static final ZoneId ZONE = ClockConfiguration.BUREAU_ZONE;

    private ReviewClock() {
    }

    /** The last day on which a decision is in time, under the {@link RuleProfile#DEFAULT default} profile. */
    public static LocalDate dueOn(Instant submittedAt, boolean twoOfficials, WorkingDayCalendar calendar) {
        return dueOn(submittedAt, twoOfficials, RuleProfile.DEFAULT, calendar);
    }

    /** The last day on which a decision is in time under {@code profile}. */
    public static LocalDate dueOn(Instant submittedAt, boolean large, RuleProfile profile, WorkingDayCalendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        return profile.dueOn(officeDate(submittedAt), large, calendar);
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
