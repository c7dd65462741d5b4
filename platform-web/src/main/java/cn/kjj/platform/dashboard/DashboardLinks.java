package cn.kjj.platform.dashboard;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The lists behind the dashboard's tiles, narrowed to the dashboard's region (and year), for the
 * template ({@code ${links.highTech()}}).
 */
public record DashboardLinks(String region, int year, int months) {

    public String highTech() {
        return list("/enterprises").queryParam("highTech", "true").build().encode().toUriString();
    }

    public String indicators() {
        return list("/indicators").queryParam("from", year - DashboardService.TREND_YEARS + 1).queryParam("to", year)
                .build().encode().toUriString();
    }

    /** Contracts registered from January to the tile's last month. */
    public String turnover() {
        String last = java.time.YearMonth.of(year, months).atEndOfMonth().toString();
        return list("/contracts").queryParam("status", "REGISTERED").queryParam("registeredFrom", year + "-01-01")
                .queryParam("registeredTo", last).build().encode().toUriString();
    }

    public String review() {
        return list("/review").build().encode().toUriString();
    }

    public String overdue() {
        return list("/review").queryParam("overdue", "true").build().encode().toUriString();
    }

    public String expiring() {
        return list("/certifications/expiring").queryParam("withinDays", DashboardService.EXPIRING_DAYS).build()
                .encode().toUriString();
    }

    public String incubators() {
        return list("/incubators").build().encode().toUriString();
    }

    public String incubators(Object level) {
        return list("/incubators").queryParam("level", level).build().encode().toUriString();
    }

    public String dashboard(String code) {
        return UriComponentsBuilder.fromPath("/dashboard").queryParam("region", code).queryParam("year", year).build()
                .encode().toUriString();
    }

    /** The annual report of the region for the dashboard's year if complete, else the year before. */
    public String report() {
        return UriComponentsBuilder.fromPath("/reports/annual").queryParam("region", region)
                .queryParam("year", reportYear()).build().encode().toUriString();
    }

    public String reportYear() {
        return String.valueOf(months == 12 ? year : year - 1);
    }

    private UriComponentsBuilder list(String path) {
        return UriComponentsBuilder.fromPath(path).queryParam("region", region);
    }
}
