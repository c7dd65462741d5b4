package cn.kjj.platform.calendar;

import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.common.InvalidInputException.FieldError;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.Role;
import cn.kjj.platform.portal.FormErrors;
import cn.kjj.platform.portal.NavigationEntry;
import cn.kjj.platform.portal.NavigationGroup;
import cn.kjj.platform.portal.PortalMessages;
import cn.kjj.platform.portal.RegistryForms;
import cn.kjj.platform.region.RegionScope;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The working-day calendar in the portal: a year's holidays and make-up working days for the staff
 * (administrators, officials, analysts; enterprises 403), and for administrators the form that adds
 * or changes a day (mistakes beside the fields) and a button that removes one.
 */
@Controller
class CalendarPageController {

    static final String PATH = "/calendar";
    static final String VIEW = "calendar/page";
    static final List<String> FIELDS = List.of("date", "kind", "name");

    private final CalendarService calendar;
    private final PortalMessages messages;
    private final Clock clock;

    CalendarPageController(CalendarService calendar, PortalMessages messages, Clock clock) {
        this.calendar = calendar;
        this.messages = messages;
        this.clock = clock;
    }

    /** What the add form sends, as typed. */
    record CalendarPageForm(String date, String kind, String name) {
    }

    @GetMapping(PATH)
    String page(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) String year, Model model) {
        RegionScope.requireReader(me);
        return page(me, year(year), new CalendarPageForm(null, CalendarDayKind.HOLIDAY.name(), null),
                FormErrors.none(), model);
    }

    @PostMapping(PATH)
    String put(@AuthenticationPrincipal AccountPrincipal me, @ModelAttribute("form") CalendarPageForm form,
               Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        requireAdmin(me);
        List<FieldError> problems = new ArrayList<>();
        LocalDate day = date(form.date(), problems);
        return messages.submission(problems, FIELDS, locale, response)
                .checking(() -> CalendarService.check(day, form.kind(), form.name()))
                .save(() -> {
                    CalendarDay saved = calendar.put(me, day, form.kind(), form.name());
                    redirect.addFlashAttribute("notice", messages.text("calendar.flash.saved", locale,
                            messages.date(saved.date(), locale), saved.kind().displayName(locale)));
                    return "redirect:" + PATH + "?year=" + saved.date().getYear();
                }, errors -> page(me, day == null ? year(null) : day.getYear(), form, errors, model));
    }

    @PostMapping(PATH + "/{date}/delete")
    String delete(@AuthenticationPrincipal AccountPrincipal me, @PathVariable String date, Locale locale,
                  RedirectAttributes redirect) {
        requireAdmin(me);
        List<FieldError> problems = new ArrayList<>();
        LocalDate day = date(date, problems);
        if (day == null) {
            redirect.addFlashAttribute("error", messages.text(RegistryForms.NOT_DATE, locale));
            return "redirect:" + PATH;
        }
        calendar.delete(me, day);
        redirect.addFlashAttribute("notice", messages.text("calendar.flash.deleted", locale, messages.date(day, locale)));
        return "redirect:" + PATH + "?year=" + day.getYear();
    }

    private String page(AccountPrincipal me, int year, CalendarPageForm form, FormErrors errors, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("days", calendar.year(year));
        model.addAttribute("kinds", CalendarDayKind.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("canEdit", me.has(Role.ADMIN));
        return VIEW;
    }

    /** The year asked for when it is one the calendar keeps, else this year. */
    private int year(String text) {
        if (text != null && text.strip().matches("[0-9]{4}")) {
            int year = Integer.parseInt(text.strip());
            if (year >= CalendarService.FIRST_YEAR && year <= CalendarService.LAST_YEAR) {
                return year;
            }
        }
        return LocalDate.now(clock).getYear();
    }

    private static LocalDate date(String text, List<FieldError> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldError("date", RegistryForms.NOT_DATE, "not a date"));
            return null;
        }
    }

    private static void requireAdmin(AccountPrincipal me) {
        if (!me.has(Role.ADMIN)) {
            throw new AccessDeniedToRecordException("error.calendar.adminOnly",
                    "only an administrator may change the calendar");
        }
    }

    /** The calendar in the portal's navigation, for the staff. */
    @Configuration(proxyBeanMethods = false)
    static class Navigation {

        @Bean
        NavigationEntry calendarNavigation() {
            return NavigationEntry.forRoles(NavigationGroup.ADMINISTRATION, PATH, "nav.calendar", 860,
                    Role.ADMIN, Role.OFFICIAL, Role.ANALYST);
        }
    }
}
