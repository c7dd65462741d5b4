package cn.kjj.platform.statistics;

import cn.kjj.platform.common.InvalidInputException.FieldError;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.portal.FormErrors;
import cn.kjj.platform.portal.PortalMessages;
import cn.kjj.platform.region.RegionDirectory;
import cn.kjj.platform.region.RegionScope;
import cn.kjj.platform.region.RegionView;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Regional statistics in the portal: a table of the districts of the reader's region by year, with
 * GDP, R&D expenditure and R&D intensity; and for each district and year a page with the figures,
 * every value ever recorded, and (for officials of the region and administrators) the form that
 * records or revises them.
 */
@Controller
@RequestMapping("/statistics")
record StatisticsPageController(StatisticsService service, StatisticsQueries queries, RegionScope scope,
                                RegionDirectory regions, PortalMessages messages, Clock clock) {

    static final int DEFAULT_YEARS = 5;
    static final int MAX_YEARS = 15;

    /** The table; years as typed, the last five up to this year when they are none or too many. */
    @GetMapping
    String table(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) String region,
                 @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                 Model model) {
        RegionScope.requireReader(me);
        int last = year(to, LocalDate.now(clock).getYear());
        int first = year(from, last - DEFAULT_YEARS + 1);
        boolean adjusted = first > last || last - first >= MAX_YEARS;
        if (adjusted) {
            first = Math.max(RegionalStatistic.MIN_YEAR, last - DEFAULT_YEARS + 1);
        }
        String known = scope.known(region);
        String shown = queries.effectiveRegion(me, known);
        model.addAttribute("table", StatisticsTable.of(queries.districts(me, known),
                queries.rows(me, known, first, last), first, last));
        model.addAttribute("scope", shown == null ? null : regions.require(shown));
        model.addAttribute("region", known);
        model.addAttribute("from", first);
        model.addAttribute("to", last);
        model.addAttribute("adjusted", adjusted);
        model.addAttribute("regions", scope.forFilters(me));
        model.addAttribute("canEdit", me.keepsRecords());
        return "statistics/table";
    }

    @GetMapping("/{regionCode}/{year}")
    String figures(@AuthenticationPrincipal AccountPrincipal me, @PathVariable String regionCode,
                   @PathVariable int year, Model model) {
        RegionScope.requireReader(me);
        RegionView district = queries.district(me, regionCode, year);
        StatisticView current = queries.find(me, district.code(), year).orElse(null);
        return page(model, me, district, year, StatisticsPageForm.of(current), FormErrors.none());
    }

    @PostMapping("/{regionCode}/{year}")
    String record(@AuthenticationPrincipal AccountPrincipal me, @PathVariable String regionCode,
                  @PathVariable int year, @ModelAttribute("form") StatisticsPageForm form, Locale locale,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        RegionScope.requireWriter(me, "statistics");
        RegionView district = queries.district(me, regionCode, year);
        List<FieldError> problems = new ArrayList<>();
        StatisticFigures figures = form.toFigures(problems);
        return messages.submission(problems, StatisticsPageForm.FIELDS, locale, response)
                .checking(figures::validated)
                .save(() -> {
                    RecordedStatistic recorded = service.record(me, district.code(), year, figures, form.version());
                    redirect.addFlashAttribute("notice", messages.text(recorded.created()
                            ? "statistics.flash.created" : "statistics.flash.revised", locale,
                            district.displayName(locale), String.valueOf(year)));
                    return "redirect:/statistics/" + district.code() + "/" + year;
                }, errors -> page(model, me, district, year, form, errors));
    }

    private String page(Model model, AccountPrincipal me, RegionView district, int year, StatisticsPageForm form,
                        FormErrors errors) {
        StatisticView current = queries.find(me, district.code(), year).orElse(null);
        model.addAttribute("district", district);
        model.addAttribute("year", year);
        model.addAttribute("current", current);
        model.addAttribute("revisions", current == null ? List.of() : queries.revisions(me, district.code(), year));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("canEdit", me.keepsRecords());
        return "statistics/figures";
    }

    /** A year as typed, or the fallback when it is no year in 1980..next year. */
    private int year(String text, int fallback) {
        if (text != null && text.strip().matches("[0-9]{4}")) {
            int year = Integer.parseInt(text.strip());
            if (year >= RegionalStatistic.MIN_YEAR && year <= StatisticYears.latest(clock)) {
                return year;
            }
        }
        return fallback;
    }
}
