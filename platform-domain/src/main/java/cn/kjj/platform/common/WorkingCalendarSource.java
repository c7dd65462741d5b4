package cn.kjj.platform.common;

/** The working-day calendar in force: Monday to Friday with the exceptions of table {@code calendar_exception}. */
public interface WorkingCalendarSource {

    WorkingDayCalendar current();
}
