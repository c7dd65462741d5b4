package cn.kjj.platform.enterprise;

import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.region.RegionScope;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * High-tech enterprises that have not filed their annual report of a year by 31 May of the next
 * year, those that missed the year before too marked (grounds for cancellation), optionally only
 * those. For the staff (403 for enterprises), in the reader's scope.
 */
@Controller
record MissingReportsPageController(HighTechReportService reports, RegionScope scope) {

    static final String PATH = "/certifications/missing-reports";
    static final int YEARS_OFFERED = 6;

    @GetMapping(PATH)
    String missing(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) String year,
                   @RequestParam(required = false) String region,
                   @RequestParam(required = false) String twoYears, Model model) {
        RegionScope.requireReader(me);
        String regionCode = scope.known(region);
        int last = reports.lastYear();
        int shown = year != null && year.strip().matches("[0-9]{4}")
                && Integer.parseInt(year.strip()) <= last && Integer.parseInt(year.strip()) > last - YEARS_OFFERED
                ? Integer.parseInt(year.strip()) : last;
        boolean onlyTwoYears = "true".equals(twoYears);
        List<MissingReport> rows = reports.missing(me, regionCode, shown);
        model.addAttribute("rows", onlyTwoYears ? rows.stream().filter(MissingReport::missedTwoYears).toList() : rows);
        model.addAttribute("twoYearsCount", rows.stream().filter(MissingReport::missedTwoYears).count());
        model.addAttribute("year", shown);
        model.addAttribute("years", IntStream.range(0, YEARS_OFFERED).mapToObj(i -> last - i)
                .sorted(Comparator.reverseOrder()).toList());
        model.addAttribute("twoYears", onlyTwoYears);
        model.addAttribute("region", regionCode);
        model.addAttribute("regions", scope.forFilters(me));
        model.addAttribute("path", PATH);
        return "enterprise/missing-reports";
    }
}
