package cn.kjj.platform.statistics;

import cn.kjj.platform.common.DomainException;
import cn.kjj.platform.common.InvalidInputException;
import cn.kjj.platform.common.InvalidInputException.FieldError;
import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.common.PreconditionFailedException;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.portal.RegistryForms;
import cn.kjj.platform.portal.FormErrors;
import cn.kjj.platform.portal.PortalMessages;
import cn.kjj.platform.region.RegionScope;
import cn.kjj.platform.region.RegionDirectory;
import cn.kjj.platform.region.RegionLevel;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Regional statistics in the portal: a table of the districts of the reader's region by year, with
 * GDP, R&D expenditure and R&D intensity; and for each district and year a page with the figures,
 * every value ever recorded, and (for officials of the region and administrators) the form that
 * records or revises them.
 */
@Controller
class StatisticsPageController {

    static final String PATH = "/statistics";
    static final String VIEW_TABLE = "statistics/table";
    static final String VIEW_FIGURES = "statistics/figures";
    static final int DEFAULT_YEARS = 5;
    static final int MAX_YEARS = 15;
    static final int FIRST_YEAR = 1980;

    private final StatisticsService service;
    private final StatisticsQueries queries;
    private final RegionScope roles;
    private final RegionDirectory regions;
    private final PortalMessages messages;
    private final Clock clock;

    StatisticsPageController(StatisticsService service, StatisticsQueries queries, RegionScope roles,
                             RegionDirectory regions, PortalMessages messages, Clock clock) {
        this.service = service;
        this.queries = queries;
        this.roles = roles;
        this.regions = regions;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String table(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) String region,
                 @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                 Model model) {
        RegionScope.requireReader(me);
        int latest = LocalDate.now(clock).getYear() + 1;
        int last = year(to, LocalDate.now(clock).getYear(), latest);
        int first = year(from, last - DEFAULT_YEARS + 1, latest);
        boolean adjusted = false;
        if (first > last || last - first >= MAX_YEARS) {
            first = Math.max(FIRST_YEAR, last - DEFAULT_YEARS + 1);
            adjusted = true;
        }
        String known = roles.known(region);
        String scope = queries.effectiveRegion(me, known);
        List<RegionView> districts = queries.districts(me, known);
        StatisticsTable table = StatisticsTable.of(districts, queries.rows(me, known, first, last), first, last);
        model.addAttribute("table", table);
        model.addAttribute("scope", scope == null ? null : regions.require(scope));
        model.addAttribute("region", known);
        model.addAttribute("from", first);
        model.addAttribute("to", last);
        model.addAttribute("adjusted", adjusted);
        model.addAttribute("regions", roles.forFilters(me));
        model.addAttribute("canEdit", me.keepsRecords());
        return VIEW_TABLE;
    }

    @GetMapping(PATH + "/{regionCode}/{year}")
    String figures(@AuthenticationPrincipal AccountPrincipal me, @PathVariable String regionCode,
                   @PathVariable int year, Model model) {
        RegionScope.requireReader(me);
        RegionView district = district(me, regionCode, year);
        StatisticView current = current(me, district, year);
        return page(model, me, district, year, current, StatisticsPageForm.of(current), FormErrors.none());
    }

    @PostMapping(PATH + "/{regionCode}/{year}")
    String record(@AuthenticationPrincipal AccountPrincipal me, @PathVariable String regionCode,
                  @PathVariable int year, @ModelAttribute("form") StatisticsPageForm form, Locale locale,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        RegionScope.requireWriter(me, "statistics");
        RegionView district = district(me, regionCode, year);
        List<FieldError> problems = new ArrayList<>();
        StatisticFigures figures = form.toFigures(problems);
        return messages.submission(problems, StatisticsPageForm.FIELDS, locale, response)
                .checking(() -> RegionalStatistic.checkFigures(figures.gdp(), figures.rdExpenditure(), figures.source()))
                .save(() -> {
                    RecordedStatistic recorded = service.record(me, district.code(), year, figures, form.version());
                    redirect.addFlashAttribute("notice", messages.text(recorded.created()
                            ? "statistics.flash.created" : "statistics.flash.revised", locale,
                            district.displayName(locale), String.valueOf(year)));
                    return "redirect:" + PATH + "/" + district.code() + "/" + year;
                }, errors -> page(model, me, district, year, current(me, district, year), form, errors));
    }

    private String page(Model model, AccountPrincipal me, RegionView district, int year, StatisticView current,
                        StatisticsPageForm form, FormErrors errors) {
        model.addAttribute("district", district);
        model.addAttribute("year", year);
        model.addAttribute("current", current);
        model.addAttribute("revisions", current == null ? List.of() : queries.revisions(me, district.code(), year));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("canEdit", me.keepsRecords());
        return VIEW_FIGURES;
    }

    /** The district of the address, within the reader's region; a year outside 1980..next year is 400. */
    private RegionView district(AccountPrincipal me, String regionCode, int year) {
        RegionView region = regions.require(queries.effectiveRegion(me, regionCode));
        if (region.level() != RegionLevel.DISTRICT) {
            throw InvalidInputException.forField("regionCode", "error.statistics.notDistrict", "not a district");
        }
        int latest = LocalDate.now(clock).getYear() + 1;
        if (year < FIRST_YEAR || year > latest) {
            throw InvalidInputException.forField("year", "error.year.outOfRange", "year out of range");
        }
        return region;
    }

    private StatisticView current(AccountPrincipal me, RegionView district, int year) {
        try {
            return queries.get(me, district.code(), year);
        } catch (NotFoundException e) {
            return null;
        }
    }

    /** A year as typed, or the fallback when it is no year in 1980..latest. */
    private static int year(String text, int fallback, int latest) {
        if (text != null && text.strip().matches("[0-9]{4}")) {
            int year = Integer.parseInt(text.strip());
            if (year >= FIRST_YEAR && year <= latest) {
                return year;
            }
        }
        return fallback;
    }
}
