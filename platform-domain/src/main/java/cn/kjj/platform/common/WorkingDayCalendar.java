package cn.kjj.platform.common;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * Working days for legal time limits: Monday to Friday, corrected by the exceptions of table
 * {@code calendar_exception}: public holidays that fall on weekdays ({@code false}) and the
 * weekend make-up working days (调休, {@code true}) that the State Council announces each year.
 * Immutable; build a new one when the table changes.
 */
public final class WorkingDayCalendar {

    private static final WorkingDayCalendar WEEKDAYS_ONLY = new WorkingDayCalendar(Map.of());

    private final Map<LocalDate, Boolean> exceptions;

    /** @param exceptions day → whether it is a working day, overriding the Monday–Friday rule */
    public WorkingDayCalendar(Map<LocalDate, Boolean> exceptions) {
        this.exceptions = Map.copyOf(exceptions);
    }

    /** Monday to Friday with no holidays: for tests and for a database without exceptions. */
    public static WorkingDayCalendar weekdaysOnly() {
        return WEEKDAYS_ONLY;
    }

    public boolean isWorkingDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        Boolean exception = exceptions.get(day);
        if (exception != null) {
            return exception;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /**
     * The {@code n}-th working day strictly after {@code start}; the start day itself never
     * counts, whether or not it is a working day. {@code n = 0} gives {@code start}.
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    public Map<LocalDate, Boolean> exceptions() {
        return exceptions;
    }
}
