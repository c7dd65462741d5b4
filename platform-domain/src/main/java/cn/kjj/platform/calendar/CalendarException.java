package cn.kjj.platform.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A row of table {@code calendar_exception}: a day that is not as Monday–Friday would have it. */
@Entity
@Table(name = "calendar_exception")
class CalendarException {

    @Id
    @Column(name = "day")
    private LocalDate day;

    @Column(name = "working", nullable = false)
    private boolean working;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    protected CalendarException() {
        // for JPA
    }

    CalendarException(LocalDate day) {
        this.day = day;
    }

    void set(CalendarDayKind kind, String newName) {
        working = kind.working();
        name = newName;
    }

    CalendarDay view() {
        return new CalendarDay(day, CalendarDayKind.of(working), name);
    }
}
