package cn.kjj.platform.calendar;

import cn.kjj.platform.common.Name;
import cn.kjj.platform.common.Named;

/** An exception to Monday–Friday: a day off on a weekday, or a weekend day worked (调休). */
public enum CalendarDayKind implements Named.Constant {
    @Name(zh = "放假", en = "Holiday") HOLIDAY,
    @Name(zh = "调休上班", en = "Make-up working day") WORKDAY;

    boolean working() {
        return this == WORKDAY;
    }

    static CalendarDayKind of(boolean working) {
        return working ? WORKDAY : HOLIDAY;
    }
}
