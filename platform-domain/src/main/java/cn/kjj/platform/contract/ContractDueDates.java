package cn.kjj.platform.contract;

import cn.kjj.platform.audit.AuditLog;
import cn.kjj.platform.calendar.WorkingCalendarChanged;
import cn.kjj.platform.common.WorkingCalendarSource;
import cn.kjj.platform.common.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When the calendar changes on a day, the due dates of the contracts awaiting a decision whose
 * limit runs over that day are counted again, in the calendar's transaction (decision 0032). A
 * contract submitted on or after the day, or due before it, cannot move and is not read.
 */
@Component
record ContractDueDates(TechnologyContractRepository contracts, WorkingCalendarSource calendars, AuditLog audit) {

    @EventListener
    void follow(WorkingCalendarChanged change) {
        WorkingDayCalendar calendar = calendars.current();
        LocalDate day = change.day();
        for (TechnologyContract contract : contracts.findAwaitingOver(day, day.atStartOfDay(ReviewClock.ZONE).toInstant())) {
            LocalDate before = contract.getDueOn();
            if (contract.followCalendar(calendar)) {
                audit.record("contract.dueOn", "contract", contract.getId(), contract.getSellerRegionCode(),
                        Map.of("dueOn", before), Map.of("dueOn", contract.getDueOn(), "calendarDay", day));
            }
        }
        contracts.flush();
    }
}
