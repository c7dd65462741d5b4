package cn.kjj.platform.report;

import cn.kjj.platform.common.ClockConfiguration;
import cn.kjj.platform.dashboard.DashboardAccess;
import cn.kjj.platform.dashboard.DashboardService;
import cn.kjj.platform.dashboard.RecognitionRepository;
import cn.kjj.platform.dashboard.RecognizedPlatforms;
import cn.kjj.platform.indicator.IndicatorPoint;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.indicator.IndicatorService;
import cn.kjj.platform.indicator.Period;
import cn.kjj.platform.indicator.Perspective;
import cn.kjj.platform.indicator.TargetService;
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
    private final TargetService targets;
    private final Clock clock;

    AnnualReportService(DashboardAccess access, IndicatorService indicators, RecognitionRepository recognitions,
                        RegionDirectory regions, TargetService targets, Clock clock) {
        this.access = access;
        this.indicators = indicators;
        this.recognitions = recognitions;
        this.regions = regions;
        this.targets = targets;
        this.clock = clock;
    }

    /** The year a report is asked for: last year by default, 400 after this year (office time). */
    static int reportYear(Integer year, Clock clock) {
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.BUREAU_ZONE));
        return year == null ? today.getYear() - 1 : DashboardService.requireYear(year, today);
    }

    /** The report of {@code region} (default: the reader's) for {@code year} (default: last year). */
    public AnnualReport report(AccountPrincipal reader, String region, Integer year) {
        RegionView r = access.region(reader, region);
        int last = reportYear(year, clock);
        int first = last - YEARS_SHOWN + 1;
        Set<String> codes = regions.codesWithin(r.code());
        RecognizedPlatforms incubators = RecognizedPlatforms.of(recognitions.incubators(codes));
        RecognizedPlatforms labs = RecognizedPlatforms.of(recognitions.labs(codes));

        List<IndicatorPoint.HighTech> highTech = indicators.highTechEnterprises(r.code(), first, last).series();
        Map<Integer, IndicatorPoint.RdIntensity> rd = new HashMap<>();
        indicators.rdIntensity(r.code(), first, last).series().forEach(p -> rd.put(p.year(), p));
        List<IndicatorPoint.Turnover> output = turnover(r.code(), first, last, Perspective.SELLER);
        List<IndicatorPoint.Turnover> absorption = turnover(r.code(), first, last, Perspective.BUYER);
        Map<Integer, BigDecimal[]> funding = funding(r.code(), first, last);

        List<YearFigures> years = new ArrayList<>();
        for (int i = 0; i < YEARS_SHOWN; i++) {
            int y = first + i;
            IndicatorPoint.HighTech h = highTech.get(i);
            IndicatorPoint.RdIntensity s = rd.get(y);
            BigDecimal[] f = funding.getOrDefault(y, new BigDecimal[] {BigDecimal.ZERO, ZERO, ZERO});
            years.add(new YearFigures(y, h.value(), h.newlyCertified(), h.renewed(), h.expired(), h.revoked(),
                    s == null ? null : s.value(), s == null ? null : s.rdExpenditure(), s == null ? null : s.gdp(),
                    output.get(i).value(), output.get(i).count(), absorption.get(i).value(), absorption.get(i).count(),
                    f[0].longValue(), f[1], f[2], incubators.by(y), labs.by(y)));
        }
        List<AnnualReport.LevelRow> levels = new ArrayList<>();
        for (RecognitionLevel level : RecognitionLevel.values()) {
            levels.add(new AnnualReport.LevelRow(level, incubators.by(level, last), incubators.by(level, last - 1),
                    labs.by(level, last), labs.by(level, last - 1)));
        }
        return new AnnualReport(r, last, List.copyOf(years), List.copyOf(levels),
                AnnualReportSentences.of(years, levels), targets.of(r.code(), last));
    }

    private List<IndicatorPoint.Turnover> turnover(String code, int first, int last, Perspective perspective) {
        return indicators.contractTurnover(code, LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31), Period.YEAR,
                perspective, null).series();
    }

    /** Per year: programs, budget and awarded, summed over the kinds. */
    private Map<Integer, BigDecimal[]> funding(String code, int first, int last) {
        Map<Integer, BigDecimal[]> sums = new HashMap<>();
        for (IndicatorPoint.Funding p : indicators.programFunding(code, first, last).series()) {
            BigDecimal[] sum = sums.computeIfAbsent(p.year(), y -> new BigDecimal[] {BigDecimal.ZERO, ZERO, ZERO});
            sum[0] = sum[0].add(BigDecimal.valueOf(p.programs()));
            sum[1] = sum[1].add(p.budget());
            sum[2] = sum[2].add(p.awarded());
        }
        return sums;
    }
}
