package cn.kjj.platform.calendar;

import cn.kjj.platform.audit.AuditLog;
import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.common.InvalidInputException;
import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.Role;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The working-day calendar: the exceptions to Monday–Friday (the State Council's holidays and
 * make-up working days, decision 0032). Every signed-in person reads it; an administrator changes
 * it, audited, and {@link WorkingCalendarChanged} lets the due dates follow in the same transaction.
 */
@Service
public class CalendarService {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    public static final int MAX_NAME_LENGTH = 100;
    private static final String ENTITY = "calendar";

    private final CalendarExceptionRepository days;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    CalendarService(CalendarExceptionRepository days, AuditLog audit, ApplicationEventPublisher events) {
        this.days = days;
        this.audit = audit;
        this.events = events;
    }

    /** The exceptions of {@code year}, by date; a year outside 2000..2100 is 400. */
    @Transactional(readOnly = true)
    public List<CalendarDay> year(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw InvalidInputException.forField("year", "error.year.outOfRange", "year out of range");
        }
        return days.findByDayBetweenOrderByDay(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .map(CalendarException::view).toList();
    }

    /** Sets {@code day} as a holiday or a make-up working day (a new exception, or a changed one). */
    @Transactional
    public CalendarDay put(AccountPrincipal actor, LocalDate day, String kindCode, String name) {
        requireAdmin(actor);
        String stripped = check(day, kindCode, name);
        CalendarDayKind kind = CalendarDayKind.valueOf(kindCode.strip());
        Optional<CalendarException> existing = days.findById(day);
        CalendarDay before = existing.map(CalendarException::view).orElse(null);
        CalendarException row = existing.orElseGet(() -> new CalendarException(day));
        row.set(kind, stripped);
        CalendarDay after = days.saveAndFlush(row).view();
        audit.record(ENTITY + ".put", ENTITY, day, null, before, after);
        events.publishEvent(new WorkingCalendarChanged(day));
        return after;
    }

    /** Removes the exception of {@code day}: the day is as Monday–Friday has it again. 404 when there is none. */
    @Transactional
    public void delete(AccountPrincipal actor, LocalDate day) {
        requireAdmin(actor);
        CalendarException row = days.findById(day).orElseThrow(() -> NotFoundException.of(ENTITY, day));
        days.delete(row);
        days.flush();
        audit.record(ENTITY + ".delete", ENTITY, day, null, row.view(), null);
        events.publishEvent(new WorkingCalendarChanged(day));
    }

    /** The rules of an exception, every broken one at once (400); the stripped name. */
    public static String check(LocalDate day, String kindCode, String name) {
        FieldErrors errors = new FieldErrors();
        errors.required("date", day);
        CalendarDayKind kind = errors.constant("kind", CalendarDayKind.class, kindCode, true,
                "error.calendar.unknownKind");
        String stripped = errors.text("name", name, MAX_NAME_LENGTH, true);
        if (day != null && (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR)) {
            errors.add("date", "error.year.outOfRange", "year out of range");
        }
        if (kind == CalendarDayKind.WORKDAY && day != null
                && day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
            errors.add("kind", "error.calendar.workdayOnWeekday", "a weekday is a working day already");
        }
        errors.throwIfAny();
        return stripped;
    }

    private static void requireAdmin(AccountPrincipal actor) {
        if (!actor.has(Role.ADMIN)) {
            throw new AccessDeniedToRecordException("error.calendar.adminOnly",
                    "only an administrator may change the calendar");
        }
    }
}
