package cn.kjj.platform.report;

import cn.kjj.platform.dashboard.DashboardYears;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.region.RegionScope;
import cn.kjj.platform.report.document.TechnologyMarketWorkbook;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The technology-market tables page ({@code /reports/technology-market?region=&year=}): output and absorption
 * by each dimension, as tables whose figures link to their lineage and as the dashboard's bar charts, with the
 * workbook ({@code /reports/technology-market.xlsx}). Readers as for the annual report (DashboardAccess):
 * officials of the region or above, ADMIN, ANALYST; 404 outside an official's scope, 403 for enterprises.
 */
@Controller
record TechnologyMarketPageController(TechnologyMarketService reports, RegionScope roles, MessageSource messages,
                                      Clock clock) {

    static final String PATH = "/reports/technology-market";
    static final String VIEW = "report/technology-market";

    @GetMapping(PATH)
    String page(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) String region,
                @RequestParam(required = false) String year, Locale locale, Model model) {
        List<String> errors = new ArrayList<>();
        TechnologyMarketReport report = read(me, region, year, errors, locale);
        model.addAttribute("market", report);
        model.addAttribute("workbookUrl", UriComponentsBuilder.fromPath(PATH + ".xlsx")
                .queryParam("region", report.region()).queryParam("year", report.year()).build().encode()
                .toUriString());
        model.addAttribute("regions", roles.forFilters(me));
        model.addAttribute("years", DashboardYears.offered(clock));
        model.addAttribute("errors", errors);
        return VIEW;
    }

    @GetMapping(PATH + ".xlsx")
    void workbook(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) String region,
                  @RequestParam(required = false) String year, Locale locale, HttpServletResponse response)
            throws IOException {
        TechnologyMarketWorkbook.send(response, read(me, region, year, new ArrayList<>(), locale), locale);
    }

    /** The tables asked for; a year that cannot be read or is out of range gives last year's, with a notice. */
    private TechnologyMarketReport read(AccountPrincipal me, String region, String year, List<String> errors,
                                        Locale locale) {
        return AnnualReportPageController.readYear(messages, year, errors, locale,
                asked -> reports.report(me, region, asked));
    }
}
