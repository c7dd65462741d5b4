package cn.kjj.platform.calendar;

import java.time.LocalDate;

/**
 * Published inside the transaction that changed the calendar on {@code day}, so that what counts
 * working days (the contracts' due dates) follows in the same transaction: listeners run
 * synchronously and a failure rolls the change back.
 */
public record WorkingCalendarChanged(LocalDate day) {
}
