package cn.kjj.platform.calendar;

import cn.kjj.platform.common.Named;
import cn.kjj.platform.common.Names;

/** An exception to Monday–Friday: a day off on a weekday, or a weekend day worked (调休). */
public enum CalendarDayKind implements Named.Constant {
    HOLIDAY("放假", "Holiday"),
    WORKDAY("调休上班", "Make-up working day");

    private final Names names;

    CalendarDayKind(String nameZh, String nameEn) {
        this.names = new Names(nameZh, nameEn);
    }

    @Override
    public Names names() {
        return names;
    }

    boolean working() {
        return this == WORKDAY;
    }

    static CalendarDayKind of(boolean working) {
        return working ? WORKDAY : HOLIDAY;
    }
}
