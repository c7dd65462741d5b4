package cn.kjj.platform.calendar;

import cn.kjj.platform.identity.AccountPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The working-day calendar: every signed-in person reads it, ADMIN changes it (see
 * {@code ApiSecurityConfiguration#rules}); the due dates of contracts awaiting a decision follow a
 * change at once.
 */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "Calendar", description = "Working-day calendar: holidays and make-up working days (调休)")
record CalendarController(CalendarService calendar) {

    /** The body of {@code PUT /api/v1/calendar/{date}}. */
    @Schema(name = "CalendarDayRequest")
    record CalendarDayRequest(
            @Schema(description = "HOLIDAY (a day off) or WORKDAY (a weekend day worked; a weekday is 400)",
                    allowableValues = {"HOLIDAY", "WORKDAY"}, requiredMode = Schema.RequiredMode.REQUIRED) String kind,
            @Schema(description = "1 to 100 characters", example = "春节", requiredMode = Schema.RequiredMode.REQUIRED)
            String name) {
    }

    @GetMapping
    @Operation(operationId = "listCalendarDays", summary = "The exceptions to Monday–Friday of a year",
            description = "By date. The State Council's schedules of 2025 and 2026 ship with the platform; every day "
                    + "of a holiday is listed, also those on a weekend. Any signed-in caller.")
    List<CalendarDay> year(@Parameter(description = "2000 to 2100", example = "2026") @RequestParam int year) {
        return calendar.year(year);
    }

    @PutMapping("/{date}")
    @Operation(operationId = "putCalendarDay", summary = "Set a day as a holiday or a make-up working day (ADMIN)",
            description = "Creates or replaces the day's exception. The due dates of contracts awaiting a decision "
                    + "whose limit runs over the day are counted again in the same transaction. Audited.")
    @ApiResponse(responseCode = "200", description = "The day as it is now")
    @ApiResponse(responseCode = "400", description = "A bad date, kind or name; nothing is changed")
    CalendarDay put(@AuthenticationPrincipal AccountPrincipal me,
                    @Parameter(example = "2026-10-08") @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate date, @RequestBody CalendarDayRequest request) {
        return calendar.put(me, date, request.kind(), request.name());
    }

    @DeleteMapping("/{date}")
    @Operation(operationId = "deleteCalendarDay", summary = "Remove a day's exception (ADMIN)",
            description = "The day is as Monday–Friday has it again; due dates follow as for PUT. Audited.")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "404", description = "The day has no exception")
    ResponseEntity<Void> delete(@AuthenticationPrincipal AccountPrincipal me, @Parameter(example = "2026-10-08")
                                @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        calendar.delete(me, date);
        return ResponseEntity.noContent().build();
    }
}
