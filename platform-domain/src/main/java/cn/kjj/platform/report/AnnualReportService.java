package cn.kjj.platform.report;

import static cn.kjj.platform.dashboard.IndicatorPoints.count;
import static cn.kjj.platform.dashboard.IndicatorPoints.decimal;

import cn.kjj.platform.common.ClockConfiguration;
import cn.kjj.platform.dashboard.DashboardAccess;
import cn.kjj.platform.dashboard.DashboardService;
import cn.kjj.platform.dashboard.IndicatorPoints;
import cn.kjj.platform.dashboard.RecognitionRepository;
import cn.kjj.platform.dashboard.RecognizedPlatforms;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.indicator.IndicatorService;
import cn.kjj.platform.indicator.Period;
import cn.kjj.platform.indicator.Perspective;
import cn.kjj.platform.region.RecognitionLevel;
import cn.kjj.platform.region.RegionDirectory;
import cn.kjj.platform.region.RegionView;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual report of a region (the bureaus' yearly summaries): the year and the
 * {@value #YEARS_SHOWN} years up to it from the indicators, carriers and platforms by level, and
 * the generated sentences. Same readers as the dashboard ({@link DashboardAccess}).
 */
@Service
@Transactional(readOnly = true)
public class AnnualReportService {

    public static final int YEARS_SHOWN = 5;
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private final DashboardAccess access;
    private final IndicatorService indicators;
    private final RecognitionRepository recognitions;
    private final RegionDirectory regions;
    private final Clock clock;

    AnnualReportService(DashboardAccess access, IndicatorService indicators, RecognitionRepository recognitions,
                        RegionDirectory regions, Clock clock) {
        this.access = access;
        this.indicators = indicators;
        this.recognitions = recognitions;
        this.regions = regions;
        this.clock = clock;
    }

    /** The report of {@code region} (default: the reader's) for {@code year} (default: last year). */
    public AnnualReport report(AccountPrincipal reader, String region, Integer year) {
        RegionView r = access.region(reader, region);
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.BUREAU_ZONE));
        int last = year == null ? today.getYear() - 1 : DashboardService.requireYear(year, today);
        int first = last - YEARS_SHOWN + 1;
        Set<String> codes = regions.codesWithin(r.code());
        RecognizedPlatforms incubators = RecognizedPlatforms.of(recognitions.incubators(codes));
        RecognizedPlatforms labs = RecognizedPlatforms.of(recognitions.labs(codes));

        List<Map<String, Object>> highTech = indicators.highTechEnterprises(r.code(), first, last).series();
        Map<Integer, Map<String, Object>> rd = byYear(indicators.rdIntensity(r.code(), first, last).series());
        List<Map<String, Object>> output = turnover(r.code(), first, last, Perspective.SELLER);
        List<Map<String, Object>> absorption = turnover(r.code(), first, last, Perspective.BUYER);
        Map<Integer, BigDecimal[]> funding = funding(r.code(), first, last);

        List<YearFigures> years = new ArrayList<>();
        for (int i = 0; i < YEARS_SHOWN; i++) {
            int y = first + i;
            Map<String, Object> h = highTech.get(i);
            Map<String, Object> s = rd.get(y);
            BigDecimal[] f = funding.getOrDefault(y, new BigDecimal[] {BigDecimal.ZERO, ZERO, ZERO});
            years.add(new YearFigures(y, count(h, "value"), count(h, "newlyCertified"), count(h, "renewed"),
                    count(h, "expired"), count(h, "revoked"),
                    s == null ? null : decimal(s, "value"), s == null ? null : decimal(s, "rdExpenditure"),
                    s == null ? null : decimal(s, "gdp"),
                    decimal(output.get(i), "value"), count(output.get(i), "count"),
                    decimal(absorption.get(i), "value"), count(absorption.get(i), "count"),
                    f[0].longValue(), f[1], f[2], incubators.by(y), labs.by(y)));
        }
        List<AnnualReport.LevelRow> levels = new ArrayList<>();
        for (RecognitionLevel level : RecognitionLevel.values()) {
            levels.add(new AnnualReport.LevelRow(level, incubators.by(level, last), incubators.by(level, last - 1),
                    labs.by(level, last), labs.by(level, last - 1)));
        }
        return new AnnualReport(r, last, List.copyOf(years), List.copyOf(levels),
                AnnualReportSentences.of(years, levels));
    }

    private List<Map<String, Object>> turnover(String code, int first, int last, Perspective perspective) {
        return indicators.contractTurnover(code, LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31), Period.YEAR,
                perspective, null).series();
    }

    /** Per year: programs, budget and awarded, summed over the kinds. */
    private Map<Integer, BigDecimal[]> funding(String code, int first, int last) {
        Map<Integer, BigDecimal[]> sums = new HashMap<>();
        for (Map<String, Object> p : indicators.programFunding(code, first, last).series()) {
            BigDecimal[] sum = sums.computeIfAbsent(IndicatorPoints.year(p),
                    y -> new BigDecimal[] {BigDecimal.ZERO, ZERO, ZERO});
            sum[0] = sum[0].add(BigDecimal.valueOf(count(p, "programs")));
            sum[1] = sum[1].add(decimal(p, "budget"));
            sum[2] = sum[2].add(decimal(p, "awarded"));
        }
        return sums;
    }

    private static Map<Integer, Map<String, Object>> byYear(List<Map<String, Object>> points) {
        Map<Integer, Map<String, Object>> map = new HashMap<>();
        points.forEach(p -> map.put(IndicatorPoints.year(p), p));
        return map;
    }
}
