package cn.kjj.platform.common;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads {@code calendar_exception} (a few dozen rows a year) each time, so every node sees changes at once. */
@Repository
class JdbcWorkingCalendarSource implements WorkingCalendarSource {

    private final JdbcClient jdbc;

    JdbcWorkingCalendarSource(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public WorkingDayCalendar current() {
        Map<LocalDate, Boolean> exceptions = new HashMap<>();
        jdbc.sql("select day, working from calendar_exception")
                .query((rs, row) -> exceptions.put(rs.getObject(1, LocalDate.class), rs.getBoolean(2)))
                .list();
        return new WorkingDayCalendar(exceptions);
    }
}
