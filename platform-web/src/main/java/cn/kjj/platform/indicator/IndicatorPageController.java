package cn.kjj.platform.indicator;

import cn.kjj.platform.common.DomainException;
import cn.kjj.platform.common.InvalidInputException;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.Role;
import cn.kjj.platform.region.RegionScope;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The indicators page: every indicator of docs/indicators.md for one region and range of years, as
 * server-side tables (the figures formatted for the page's language, the exact values in data-*
 * attributes that static/js/indicators.js draws as ECharts charts), with a CSV link to the reporting
 * API for each table. It reads the domain's {@link IndicatorService} directly; a mistake in the
 * pickers (unknown region, a range the service refuses) is a message on the page, never an error page.
 */
@Controller
record IndicatorPageController(IndicatorService service, TargetService targets, RegionScope roles, MessageSource messages,
                               IndicatorLabels labels, Clock clock) {

    static final String PATH = "/indicators";
    static final String VIEW = "indicator/page";
    static final String API = "/api/v1/indicators";
    static final String DEFAULT_REGION = "440700";
    static final int DEFAULT_YEARS = 5;

    @GetMapping(PATH)
    String page(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) String region,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String period, @RequestParam(required = false) String perspective,
                Locale locale, Model model) {
        RegionScope.requireReader(me);
        Set<String> errors = new LinkedHashSet<>();
        String code = region == null || region.isBlank() ? defaultRegion(me) : region.strip();
        Integer last = year(to, "to", LocalDate.now(clock).getYear(), errors, locale);
        Integer first = year(from, "from", last == null ? null : last - DEFAULT_YEARS + 1, errors, locale);
        Period p = choice(Period.class, period, Period.YEAR, "period", errors, locale);
        Perspective view = choice(Perspective.class, perspective, Perspective.SELLER, "perspective", errors, locale);

        model.addAttribute("region", code);
        model.addAttribute("from", first == null ? from : String.valueOf(first));
        model.addAttribute("to", last == null ? to : String.valueOf(last));
        model.addAttribute("period", p);
        model.addAttribute("perspective", view);
        model.addAttribute("periods", Period.values());
        model.addAttribute("perspectives", Perspective.values());
        model.addAttribute("regions", roles.forFilters(me));

        if (errors.isEmpty() && first != null && last != null) {
            Links links = new Links(code, first, last, p, view);
            Map<String, IndicatorSeries<?>> read = new HashMap<>();
            model.addAttribute("sections", sections(IndicatorSections.BEFORE_TARGETS, links, read, errors, locale));
            model.addAttribute("laterSections", sections(IndicatorSections.AFTER_TARGETS, links, read, errors, locale));
            boolean yearly = read.containsKey(IndicatorCatalogue.RD_INTENSITY)
                    || read.containsKey(IndicatorCatalogue.HIGH_TECH);
            model.addAttribute("targets", yearly ? targets.beside(code, null, first, last) : List.of());
            model.addAttribute("regionName", Stream.of(IndicatorCatalogue.RD_INTENSITY,
                    IndicatorCatalogue.CONTRACT_TURNOVER, IndicatorCatalogue.HIGH_TECH).map(read::get)
                    .filter(Objects::nonNull).map(IndicatorSeries::regionName).findFirst().orElse(null));
        }
        model.addAttribute("errors", List.copyOf(errors));
        return VIEW;
    }

    /** The CSV links to the reporting API and the lineage links of the points, with the page's parameters. */
    public record Links(String region, int from, int to, Period period, Perspective perspective) {

        /** The CSV of an indicator with the page's range (and period and perspective, or only the region). */
        public String csv(String indicator) {
            UriComponentsBuilder b = base(indicator);
            if (IndicatorCatalogue.CONTRACT_TURNOVER.equals(indicator)) {
                b.queryParam("from", LocalDate.of(from, 1, 1)).queryParam("to", LocalDate.of(to, 12, 31))
                        .queryParam("period", period.name()).queryParam("perspective", perspective.name());
            } else if (!IndicatorCatalogue.PLATFORMS.equals(indicator)) {
                b.queryParam("from", from).queryParam("to", to);
            }
            return b.queryParam("format", "csv").build().encode().toUriString();
        }

        /** The records a point is made of (the API's lineage link). */
        public String lineage(String indicator, Object pointPeriod) {
            UriComponentsBuilder b = UriComponentsBuilder.fromPath(API + "/" + indicator + "/lineage")
                    .queryParam("region", region).queryParam("period", pointPeriod);
            if (IndicatorCatalogue.CONTRACT_TURNOVER.equals(indicator)) {
                b.queryParam("perspective", perspective.name());
            }
            return b.build().encode().toUriString();
        }

        private UriComponentsBuilder base(String indicator) {
            return UriComponentsBuilder.fromPath(API + "/" + indicator).queryParam("region", region);
        }
    }

    /** The sections whose series could be read (each kept in {@code read}); the others' mistakes in errors. */
    private List<IndicatorSection.Shown> sections(List<IndicatorSection<?>> sections, Links links,
                                                  Map<String, IndicatorSeries<?>> read, Set<String> errors,
                                                  Locale locale) {
        List<IndicatorSection.Shown> shown = new ArrayList<>();
        for (IndicatorSection<?> section : sections) {
            boolean turnover = IndicatorCatalogue.CONTRACT_TURNOVER.equals(section.indicator());
            IndicatorSeries<?> series = attempt(() -> turnover ? service.contractTurnover(links.region(),
                    LocalDate.of(links.from(), 1, 1), LocalDate.of(links.to(), 12, 31), links.period(),
                    links.perspective(), null) : service.byYears(section.indicator(), links.region(), links.from(),
                    links.to()), errors, locale);
            if (series != null) {
                read.put(section.indicator(), series);
                shown.add(turnover ? section.show(series, links, labels, messages, locale, messages.getMessage(
                        "indicators.perspective." + links.perspective(), null, locale))
                        : section.show(series, links, labels, messages, locale));
            }
        }
        return shown;
    }

    private IndicatorSeries<?> attempt(Supplier<IndicatorSeries<?>> read, Set<String> errors, Locale locale) {
        try {
            return read.get();
        } catch (InvalidInputException e) {
            for (InvalidInputException.FieldError error : e.errors()) {
                errors.add(field(error.field(), locale) + ": "
                        + messages.getMessage(error.code(), null, error.defaultMessage(), locale));
            }
            if (e.errors().isEmpty()) {
                errors.add(messages.getMessage(e.code(), e.args(), e.getMessage(), locale));
            }
        } catch (DomainException e) {
            errors.add(messages.getMessage(e.code(), e.args(), e.getMessage(), locale));
        }
        return null;
    }

    private String defaultRegion(AccountPrincipal me) {
        return me.has(Role.OFFICIAL) && !me.has(Role.ADMIN) && me.regionCode() != null ? me.regionCode() : DEFAULT_REGION;
    }

    private Integer year(String text, String field, Integer fallback, Set<String> errors, Locale locale) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        if (text.strip().matches("[0-9]{4}")) {
            return Integer.parseInt(text.strip());
        }
        errors.add(field(field, locale) + ": " + messages.getMessage("indicators.error.year", null, locale));
        return null;
    }

    private <E extends Enum<E>> E choice(Class<E> type, String text, E fallback, String field, Set<String> errors,
                                         Locale locale) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        for (E value : type.getEnumConstants()) {
            if (value.name().equalsIgnoreCase(text.strip())) {
                return value;
            }
        }
        errors.add(field(field, locale) + ": " + messages.getMessage("indicators.error.choice", null, locale));
        return fallback;
    }

    private String field(String name, Locale locale) {
        return messages.getMessage("indicators.field." + name, null, name, locale);
    }
}
