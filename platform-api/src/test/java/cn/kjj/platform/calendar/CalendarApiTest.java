package cn.kjj.platform.calendar;

import static cn.kjj.platform.contract.ContractApi.contract;
import static cn.kjj.platform.contract.ContractApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiTest;
import cn.kjj.platform.ApiTestApplication.MutableClock;
import cn.kjj.platform.common.WorkingCalendarSource;
import cn.kjj.platform.common.WorkingDayCalendar;
import cn.kjj.platform.contract.ContractApi;
import cn.kjj.platform.contract.ContractApi.Seller;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * The working-day calendar (decision 0032): the State Council's 2026 schedule ships with the
 * platform; an administrator's change moves the due dates of contracts awaiting a decision at once.
 * Changes are made in 2029, which no other test counts in, and removed afterwards.
 */
@ApiTest
class CalendarApiTest {

    private static final String CALENDAR = "/api/v1/calendar";
    /** Monday 5 March 2029; fifteen working days later is Monday 26 March. */
    private static final LocalDateTime MONDAY_MORNING = LocalDateTime.parse("2029-03-05T10:00");
    private static final String DUE = "2029-03-26";

    @Autowired
    ContractApi api;

    @Autowired
    MutableClock clock;

    @Autowired
    WorkingCalendarSource calendars;

    @AfterEach
    void cleanUp() {
        clock.reset();
        api.fixtures().jdbc().sql("delete from calendar_exception where day >= '2029-01-01'").update();
    }

    @Test
    void theSpringFestivalOf2026IsAHolidayAndItsMakeUpSaturdaysAreWorkdays() {
        JsonNode year = json(api.mvc().get().uri(CALENDAR + "?year=2026")
                .header(HttpHeaders.AUTHORIZATION, api.seller().bearer()).exchange());
        Map<String, String> kinds = new HashMap<>();
        year.forEach(day -> kinds.put(day.get("date").asString(), day.get("kind").asString()));

        WorkingDayCalendar calendar = calendars.current();
        for (LocalDate day = LocalDate.of(2026, 2, 15); !day.isAfter(LocalDate.of(2026, 2, 23)); day = day.plusDays(1)) {
            assertThat(kinds).as(day.toString()).containsEntry(day.toString(), "HOLIDAY");
            assertThat(calendar.isWorkingDay(day)).as(day.toString()).isFalse();
        }
        for (String saturday : List.of("2026-02-14", "2026-02-28")) {
            assertThat(kinds).containsEntry(saturday, "WORKDAY");
            assertThat(calendar.isWorkingDay(LocalDate.parse(saturday))).isTrue();
        }
        // National Day: 1–7 October off, Sunday 20 September and Saturday 10 October worked
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 7))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 20))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
        assertThat(year.get(0).get("date").asString()).isEqualTo("2026-01-01");
        assertThat(year.get(0).get("name").asString()).isEqualTo("元旦");
    }

    @Test
    void aHolidayOnADueDateMovesItToTheNextWorkingDayAndRemovingItMovesItBack() {
        clock.setBeijing(MONDAY_MORNING);
        Seller seller = api.seller();
        String admin = api.admin();
        long id = api.filed(seller.bearer(), contract());
        assertThat(api.read(seller.bearer(), id).get("dueOn").asString()).isEqualTo(DUE);
        long audited = api.count("select count(*) from audit_event where action = 'contract.dueOn'");

        assertThat(put(admin, DUE, "HOLIDAY", "测试假日")).hasStatusOk();
        assertThat(api.read(seller.bearer(), id).get("dueOn").asString()).isEqualTo("2029-03-27");
        assertThat(api.count("select count(*) from audit_event where action = 'contract.dueOn'")).isEqualTo(audited + 1);

        assertThat(delete(admin, DUE)).hasStatus(HttpStatus.NO_CONTENT);
        assertThat(api.read(seller.bearer(), id).get("dueOn").asString()).isEqualTo(DUE);
        assertThat(api.count("select count(*) from audit_event where action in ('calendar.put', 'calendar.delete')"
                + " and entity_id = ?", DUE)).isEqualTo(2);
    }

    @Test
    void aWeekendMadeAWorkingDayBringsTheDueDateForward() {
        clock.setBeijing(MONDAY_MORNING);
        Seller seller = api.seller();
        long id = api.filed(seller.bearer(), contract());

        assertThat(put(api.admin(), "2029-03-10", "WORKDAY", "调休上班")).hasStatusOk();

        assertThat(api.read(seller.bearer(), id).get("dueOn").asString()).isEqualTo("2029-03-23");
    }

    @Test
    void onlyAnAdministratorChangesTheCalendar() {
        clock.setBeijing(MONDAY_MORNING);
        Seller seller = api.seller();
        long id = api.filed(seller.bearer(), contract());
        put(api.admin(), "2029-03-20", "HOLIDAY", "测试假日");
        long rows = api.count("select count(*) from calendar_exception");

        for (String caller : List.of(api.official(), seller.bearer(), api.analyst())) {
            assertThat(put(caller, DUE, "HOLIDAY", "测试假日")).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(delete(caller, "2029-03-20")).hasStatus(HttpStatus.FORBIDDEN);
        }

        assertThat(api.count("select count(*) from calendar_exception")).isEqualTo(rows);
        assertThat(api.read(seller.bearer(), id).get("dueOn").asString()).isEqualTo("2029-03-27");
        assertThat(api.mvc().get().uri(CALENDAR + "?year=2029").header(HttpHeaders.AUTHORIZATION, api.official())
                .exchange()).hasStatusOk();
    }

    @Test
    void badInputIs400AndChangesNothing() {
        clock.setBeijing(MONDAY_MORNING);
        Seller seller = api.seller();
        String admin = api.admin();
        long id = api.filed(seller.bearer(), contract());
        long rows = api.count("select count(*) from calendar_exception");

        assertProblem(put(admin, "2029-02-30", "HOLIDAY", "测试"), null);
        assertProblem(put(admin, "next-monday", "HOLIDAY", "测试"), null);
        assertProblem(put(admin, DUE, "VACATION", "测试"), "kind");
        assertProblem(put(admin, DUE, null, "测试"), "kind");
        assertProblem(put(admin, DUE, "HOLIDAY", "  "), "name");
        assertProblem(put(admin, DUE, "HOLIDAY", "假".repeat(101)), "name");
        // a Monday is a working day already: it cannot be made one
        assertProblem(put(admin, DUE, "WORKDAY", "调休上班"), "kind");
        assertProblem(put(admin, "2201-01-01", "HOLIDAY", "测试"), "date");
        assertThat(delete(admin, DUE)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.mvc().get().uri(CALENDAR + "?year=1800").header(HttpHeaders.AUTHORIZATION, admin).exchange())
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(api.mvc().get().uri(CALENDAR + "?year=abc").header(HttpHeaders.AUTHORIZATION, admin).exchange())
                .hasStatus(HttpStatus.BAD_REQUEST);

        assertThat(api.count("select count(*) from calendar_exception")).isEqualTo(rows);
        assertThat(api.read(seller.bearer(), id).get("dueOn").asString()).isEqualTo(DUE);
    }

    private void assertProblem(MvcTestResult result, String field) {
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        if (field != null) {
            assertThat(ContractApi.body(result)).contains("\"" + field + "\"");
        }
    }

    private MvcTestResult put(String bearer, String date, String kind, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("name", name);
        return api.mvc().put().uri(CALENDAR + "/" + date).header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON).content(json(body)).exchange();
    }

    private MvcTestResult delete(String bearer, String date) {
        return api.mvc().delete().uri(CALENDAR + "/" + date).header(HttpHeaders.AUTHORIZATION, bearer).exchange();
    }
}
