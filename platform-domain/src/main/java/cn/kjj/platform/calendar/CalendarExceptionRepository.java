package cn.kjj.platform.calendar;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarExceptionRepository extends JpaRepository<CalendarException, LocalDate> {

    List<CalendarException> findByDayBetweenOrderByDay(LocalDate from, LocalDate to);
}
