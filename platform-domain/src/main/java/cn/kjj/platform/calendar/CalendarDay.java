package cn.kjj.platform.calendar;

import java.time.LocalDate;

/** One exception to Monday–Friday as readers see it (api.md "Working-day calendar"). */
public record CalendarDay(LocalDate date, CalendarDayKind kind, String name) {
}
