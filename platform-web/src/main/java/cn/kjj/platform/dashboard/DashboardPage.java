package cn.kjj.platform.dashboard;

import cn.kjj.platform.common.InvalidInputException;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.portal.PortalFormats;
import cn.kjj.platform.region.RegionScope;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The dashboard page's work, reusable by any controller that shows it (the {@code /dashboard}
 * page, and the portal home for officials): {@link #render} fills the model and returns the view
 * name. A year that cannot be read is a notice on the page (the current year is shown instead);
 * a region outside the reader's scope is a 404 and a role without dashboards a 403, like records.
 */
@Component
public record DashboardPage(DashboardService service, RegionScope roles, MessageSource messages, PortalFormats formats,
                            Clock clock) {

    public static final String VIEW = "dashboard/page";

    /**
     * Fills {@code model} with the dashboard of {@code region} (null: the reader's default region)
     * for {@code year} (null or blank: this year) and returns {@link #VIEW}.
     */
    public String render(AccountPrincipal me, String region, String year, Locale locale, Model model) {
        List<String> errors = new ArrayList<>();
        String notice = messages.getMessage("dashboard.error.year", null, locale);
        Integer asked = DashboardYears.parse(year, errors, notice);
        Dashboard dashboard;
        try {
            dashboard = service.dashboard(me, region, asked);
        } catch (InvalidInputException e) {
            errors.add(notice);
            dashboard = service.dashboard(me, region, null);
        }
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("links", new DashboardLinks(dashboard.region().code(), dashboard.year(),
                dashboard.turnoverMonths()));
        model.addAttribute("yearText", String.valueOf(dashboard.year()));
        model.addAttribute("highTechNote", highTechNote(dashboard, locale));
        model.addAttribute("regions", roles.forFilters(me));
        model.addAttribute("years", DashboardYears.offered(clock));
        model.addAttribute("errors", errors);
        return VIEW;
    }

    /** This year's stock is today's ("in force on 22 Nov 2026"), a past year's that of 31 December. */
    private String highTechNote(Dashboard dashboard, Locale locale) {
        String period = dashboard.highTechStock().period();
        if (period != null && period.length() > 4) {
            return messages.getMessage("dashboard.tile.highTech.today",
                    new Object[] {formats.date(dashboard.asOf(), locale)}, locale);
        }
        return messages.getMessage("dashboard.tile.highTech.note", new Object[] {String.valueOf(dashboard.year())},
                locale);
    }
}
