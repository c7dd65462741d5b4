package cn.kjj.platform.indicator;

import cn.kjj.platform.common.InvalidInputException;
import cn.kjj.platform.cultivation.CultivationService;
import cn.kjj.platform.cultivation.CultivationTier;
import cn.kjj.platform.program.ProgramKind;
import cn.kjj.platform.region.RegionDirectory;
import cn.kjj.platform.region.RegionView;
import cn.kjj.platform.region.Regions;
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
 * The indicators' formulas (docs/indicators.md): reads the roll-ups and small registries through
 * {@link IndicatorSource}, {@link TurnoverLedger} and {@link HighTechLedger}, and sums exactly.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorService {

    private final RegionDirectory regions;
    private final IndicatorSource source;
    private final TurnoverIndicator turnover;
    private final HighTechIndicator highTech;
    private final CultivationService cultivation;
    private final Clock clock;

    IndicatorService(RegionDirectory regions, IndicatorSource source, TurnoverIndicator turnover,
                     HighTechIndicator highTech, CultivationService cultivation, Clock clock) {
        this.regions = regions;
        this.cultivation = cultivation;
        this.source = source;
        this.turnover = turnover;
        this.highTech = highTech;
        this.clock = clock;
    }

    public List<IndicatorDefinition> catalogue() {
        return IndicatorCatalogue.ALL;
    }

    public IndicatorSeries<IndicatorPoint.RdIntensity> rdIntensity(String region, Integer from, Integer to) {
        RegionView r = region(region);
        int[] years = IndicatorRange.years(from, to, today());
        int districts = regions.districtsWithin(r.code()).size();
        List<IndicatorPoint.RdIntensity> series = new ArrayList<>();
        for (StatisticSum sum : source.statistics(scope(r), years[0], years[1])) {
            if (sum.districts() >= districts) {
                series.add(new IndicatorPoint.RdIntensity(String.valueOf(sum.year()),
                        Fraction.of(sum.rdExpenditure(), sum.gdp()).value(), sum.rdExpenditure(), sum.gdp(),
                        sum.districts()));
            }
        }
        return series(IndicatorCatalogue.RD_INTENSITY, r, series, null);
    }

    public IndicatorSeries<IndicatorPoint.Turnover> contractTurnover(String region, LocalDate from, LocalDate to,
                                                                     Period period, Perspective perspective, String by) {
        RegionView r = region(region);
        TurnoverDimension dimension = TurnoverDimension.parse("by", by);
        Period p = period == null ? Period.YEAR : period;
        LocalDate[] days = IndicatorRange.days(from, to, p, today());
        List<IndicatorPoint.Turnover> series = turnover.series(scope(r), days[0], days[1], p,
                perspective == null ? Perspective.SELLER : perspective, dimension);
        return series(IndicatorCatalogue.CONTRACT_TURNOVER, r, series, null);
    }

    public IndicatorSeries<IndicatorPoint.HighTech> highTechEnterprises(String region, Integer from, Integer to) {
        RegionView r = region(region);
        int[] years = IndicatorRange.years(from, to, today());
        HighTechIndicator.Result result = highTech.series(scope(r), years[0], years[1]);
        return series(IndicatorCatalogue.HIGH_TECH, r, result.series(), result.summary());
    }

    public IndicatorSeries<IndicatorPoint.Platforms> innovationPlatforms(String region) {
        RegionView r = region(region);
        String period = today().toString();
        List<IndicatorPoint.Platforms> series = new ArrayList<>();
        long incubators = 0;
        long labs = 0;
        BigDecimal area = BigDecimal.ZERO.setScale(2);
        for (PlatformCount c : source.platforms(scope(r))) {
            series.add(new IndicatorPoint.Platforms(period, c.count(), c.category(), c.kind(), c.level(), c.areaSqm()));
            if ("INCUBATOR".equals(c.category())) {
                incubators += c.count();
                area = area.add(c.areaSqm());
            } else {
                labs += c.count();
            }
        }
        return series(IndicatorCatalogue.PLATFORMS, r, series,
                new IndicatorSummary.PlatformTotals(incubators, labs, area));
    }

    public IndicatorSeries<IndicatorPoint.Funding> programFunding(String region, Integer from, Integer to) {
        RegionView r = region(region);
        int[] years = IndicatorRange.years(from, to, today());
        Map<String, FundingRow> found = new HashMap<>();
        source.funding(scope(r), years[0], years[1]).forEach(f -> found.put(f.year() + "/" + f.kind(), f));
        List<IndicatorPoint.Funding> series = new ArrayList<>();
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        for (int year = years[0]; year <= years[1]; year++) {
            for (ProgramKind kind : ProgramKind.values()) {
                FundingRow f = found.getOrDefault(year + "/" + kind.name(),
                        new FundingRow(year, kind.name(), 0, zero, zero, zero, zero, zero, FundingRow.Vouchers.NONE));
                FundingRow.Vouchers v = f.vouchers();
                series.add(new IndicatorPoint.Funding(String.valueOf(year), f.budget(), kind.name(), f.programs(),
                        f.budget(), f.awarded(), f.approved(), f.disbursed(), f.recovered(),
                        f.disbursed().subtract(f.recovered()), v.issued(), v.issuedAmount(), v.redeemed(),
                        v.redeemedAmount(), v.paid(), v.paidAmount(), v.releasedAmount()));
            }
        }
        return series(IndicatorCatalogue.FUNDING, r, series, null);
    }

    public IndicatorSeries<IndicatorPoint.TechSmes> techSmes(String region, Integer from, Integer to) {
        RegionView r = region(region);
        int[] years = IndicatorRange.years(from, to, today());
        Map<Integer, Long> counts = source.techSmes(scope(r), years[0], years[1]);
        List<IndicatorPoint.TechSmes> series = new ArrayList<>();
        for (int year = years[0]; year <= years[1]; year++) {
            series.add(new IndicatorPoint.TechSmes(String.valueOf(year), counts.getOrDefault(year, 0L)));
        }
        return series(IndicatorCatalogue.TECH_SMES, r, series, null);
    }

    public IndicatorSeries<IndicatorPoint.Matching> technologyMatching(String region, Integer from, Integer to) {
        RegionView r = region(region);
        int[] years = IndicatorRange.years(from, to, today());
        Map<Integer, MatchingYear> found = new HashMap<>();
        source.matching(scope(r), years[0], years[1]).forEach(m -> found.put(m.year(), m));
        List<IndicatorPoint.Matching> series = new ArrayList<>();
        for (int year = years[0]; year <= years[1]; year++) {
            MatchingYear m = found.getOrDefault(year, new MatchingYear(year, 0, 0, 0, BigDecimal.ZERO.setScale(2)));
            series.add(new IndicatorPoint.Matching(String.valueOf(year), m.demandsMatched(), m.demandsPublished(),
                    m.demandsMatched(), m.contractsSigned(), m.turnover()));
        }
        return series(IndicatorCatalogue.TECHNOLOGY_MATCHING, r, series, null);
    }

    public IndicatorSeries<IndicatorPoint.HighTechApplications> highTechApplications(String region, Integer from,
                                                                                      Integer to) {
        RegionView r = region(region);
        int[] years = IndicatorRange.years(from, to, today());
        Map<Integer, ApplicationCount> found = new HashMap<>();
        source.highTechApplications(scope(r), years[0], years[1]).forEach(c -> found.put(c.year(), c));
        List<IndicatorPoint.HighTechApplications> series = new ArrayList<>();
        for (int year = years[0]; year <= years[1]; year++) {
            ApplicationCount c = found.getOrDefault(year, new ApplicationCount(year, 0, 0, 0, 0));
            Fraction rate = Fraction.of(c.passed(), c.applied());
            series.add(new IndicatorPoint.HighTechApplications(String.valueOf(year), rate == null ? null : rate.value(),
                    c.applied(), c.recommended(), c.passed(), c.failed()));
        }
        return series(IndicatorCatalogue.HIGH_TECH_APPLICATIONS, r, series, null);
    }

    public IndicatorSeries<IndicatorPoint.Cultivation> cultivation(String region, Integer from, Integer to) {
        RegionView r = region(region);
        int[] years = IndicatorRange.years(from, to, today());
        List<IndicatorPoint.Cultivation> series = new ArrayList<>();
        cultivation.counts(Regions.of(scope(r)), years[0], years[1]).forEach((year, tiers) -> {
            long all = tiers.values().stream().mapToLong(Long::longValue).sum();
            series.add(new IndicatorPoint.Cultivation(String.valueOf(year), all, tiers.get(CultivationTier.TECH_SME),
                    tiers.get(CultivationTier.POOL), tiers.get(CultivationTier.HIGH_TECH),
                    tiers.get(CultivationTier.GAZELLE)));
        });
        return series(IndicatorCatalogue.CULTIVATION, r, series, null);
    }

    public IndicatorSeries<IndicatorPoint.HighTechFigures> highTechFigures(String region, Integer from, Integer to) {
        RegionView r = region(region);
        int[] years = IndicatorRange.years(from, to, today());
        Map<Integer, FiguresYear> found = new HashMap<>();
        source.highTechFigures(scope(r), years[0], years[1]).forEach(f -> found.put(f.year(), f));
        List<IndicatorPoint.HighTechFigures> series = new ArrayList<>();
        for (int year = years[0]; year <= years[1]; year++) {
            FiguresYear f = found.getOrDefault(year, FiguresYear.none(year));
            series.add(new IndicatorPoint.HighTechFigures(String.valueOf(year), f.revenue(), f.enterprises(),
                    f.reported(), f.revenue(), f.profit(), f.taxPaid()));
        }
        return series(IndicatorCatalogue.HIGH_TECH_FIGURES, r, series, null);
    }

    public IndicatorSeries<IndicatorPoint.RdPlatformCoverage> rdPlatformCoverage(String region, Integer from,
                                                                                 Integer to) {
        RegionView r = region(region);
        int[] years = IndicatorRange.years(from, to, today());
        Map<Integer, CoverageYear> found = new HashMap<>();
        source.rdPlatformCoverage(scope(r), years[0], years[1], IndicatorCatalogue.SERVICE_INDUSTRIES)
                .forEach(c -> found.put(c.year(), c));
        List<IndicatorPoint.RdPlatformCoverage> series = new ArrayList<>();
        for (int year = years[0]; year <= years[1]; year++) {
            CoverageYear c = found.getOrDefault(year, new CoverageYear(year, 0, 0));
            Fraction share = Fraction.of(c.withPlatform(), c.aboveScaleIndustrial());
            series.add(new IndicatorPoint.RdPlatformCoverage(String.valueOf(year), share == null ? null : share.value(),
                    c.withPlatform(), c.aboveScaleIndustrial()));
        }
        return series(IndicatorCatalogue.RD_PLATFORM_COVERAGE, r, series, null);
    }

    public IndicatorSeries<IndicatorPoint.EnterpriseRdExpense> enterpriseRdExpense(String region, Integer from,
                                                                                   Integer to) {
        RegionView r = region(region);
        int[] years = IndicatorRange.years(from, to, today());
        int districts = regions.districtsWithin(r.code()).size();
        Map<Integer, FiguresYear> found = new HashMap<>();
        source.enterpriseFigures(scope(r), years[0], years[1]).forEach(f -> found.put(f.year(), f));
        Map<Integer, BigDecimal> statistics = new HashMap<>();
        for (StatisticSum sum : source.statistics(scope(r), years[0], years[1])) {
            if (sum.districts() >= districts) {
                statistics.put(sum.year(), sum.rdExpenditure());
            }
        }
        List<IndicatorPoint.EnterpriseRdExpense> series = new ArrayList<>();
        for (int year = years[0]; year <= years[1]; year++) {
            FiguresYear f = found.getOrDefault(year, FiguresYear.none(year));
            BigDecimal bureau = statistics.get(year);
            Fraction share = bureau == null ? null : Fraction.of(f.rdExpense(), bureau);
            series.add(new IndicatorPoint.EnterpriseRdExpense(String.valueOf(year), f.rdExpense(), f.reported(),
                    f.rdExpenseDomestic(), bureau, share == null ? null : share.value()));
        }
        return series(IndicatorCatalogue.ENTERPRISE_RD_EXPENSE, r, series, null);
    }

    /** The region asked for: 400 when missing, 404 when unknown. */
    RegionView region(String code) {
        if (code == null || code.isBlank()) {
            throw InvalidInputException.forField("region", "error.field.required", "a region code is required");
        }
        return regions.require(code.strip());
    }

    /** The codes whose records a region sums: itself and every region below it. */
    Set<String> scope(RegionView region) {
        return regions.codesWithin(region.code());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private static <P extends IndicatorPoint> IndicatorSeries<P> series(String id, RegionView region, List<P> series,
                                                                        IndicatorSummary summary) {
        IndicatorDefinition d = IndicatorCatalogue.require(id);
        return new IndicatorSeries<>(id, region.code(), region.name(), d.unit(), d.definition(), series, summary);
    }
}
