package cn.kjj.platform.report;

import cn.kjj.platform.common.InvalidInputException;
import cn.kjj.platform.dashboard.DashboardYears;
import cn.kjj.platform.report.document.AnnualReportDocument;
import cn.kjj.platform.report.document.AnnualReportPdf;
import cn.kjj.platform.document.Downloads;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.region.RegionScope;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The annual report page ({@code /reports/annual?region=&year=}, printable) and its PDF
 * ({@code /reports/annual.pdf}): both from the API module's document template (ADR 0029), the page
 * with the interactive charts besides. Readers as for
 * the dashboard (DashboardAccess): officials of the region or above, ADMIN, ANALYST; 404 outside
 * an official's scope, 403 for enterprises.
 */
@Controller
record AnnualReportPageController(AnnualReportService reports, AnnualReportPdf pdf, RegionScope roles,
                                  MessageSource messages, Clock clock) {

    static final String PATH = "/reports/annual";
    static final String VIEW = "report/annual";

    @GetMapping(PATH)
    String report(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) String region,
                  @RequestParam(required = false) String year, Locale locale, Model model) {
        List<String> errors = new ArrayList<>();
        AnnualReport report = read(me, region, year, errors, locale);
        AnnualReportDocument document = pdf.document(report, locale);
        model.addAttribute("doc", document);
        model.addAttribute("report", report);
        model.addAttribute("reportTitle", document.title());
        model.addAttribute("pdfUrl", UriComponentsBuilder.fromPath(PATH + ".pdf")
                .queryParam("region", report.region().code()).queryParam("year", report.year())
                .build().encode().toUriString());
        model.addAttribute("regions", roles.forFilters(me));
        model.addAttribute("years", DashboardYears.offered(clock));
        model.addAttribute("errors", errors);
        return VIEW;
    }

    @GetMapping(PATH + ".pdf")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal AccountPrincipal me,
                                    @RequestParam(required = false) String region,
                                    @RequestParam(required = false) String year, Locale locale) {
        AnnualReport report = read(me, region, year, new ArrayList<>(), locale);
        return Downloads.attachment(pdf.render(report, locale), AnnualReportPdf.filename(report));
    }

    /** The report asked for; a year that cannot be read or is out of range gives last year's, with a notice. */
    private AnnualReport read(AccountPrincipal me, String region, String year, List<String> errors, Locale locale) {
        return readYear(messages, year, errors, locale, asked -> reports.report(me, region, asked));
    }

    /**
     * A report of the year asked for ({@code null}: the default year); a year that cannot be read or that the
     * report refuses gives the default year's, with the dashboard's notice in {@code errors}.
     */
    static <R> R readYear(MessageSource messages, String year, List<String> errors, Locale locale,
                          Function<Integer, R> report) {
        String notice = messages.getMessage("dashboard.error.year", null, locale);
        Integer asked = DashboardYears.parse(year, errors, notice);
        try {
            return report.apply(asked);
        } catch (InvalidInputException e) {
            errors.add(notice);
            return report.apply(null);
        }
    }
}
