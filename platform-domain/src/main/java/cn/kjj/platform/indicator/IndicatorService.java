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
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicators' formulas (docs/indicators.md): reads the roll-ups and small registries through
 * {@link IndicatorSource}, {@link TurnoverLedger} and {@link HighTechLedger}, and sums exactly.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorService {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private final RegionDirectory regions;
    private final IndicatorSource source;
    private final TurnoverIndicator turnover;
    private final ElsewhereTurnover elsewhere;
    private final HighTechIndicator highTech;
    private final CultivationService cultivation;
    private final Clock clock;

    IndicatorService(RegionDirectory regions, IndicatorSource source, TurnoverIndicator turnover,
                     ElsewhereTurnover elsewhere, HighTechIndicator highTech, CultivationService cultivation,
                     Clock clock) {
        this.elsewhere = elsewhere;
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

    /**
     * Any indicator by its id over a range of years (contract turnover: whole years, the seller's side, unsplit),
     * with its defaults: the generic read of the API and the indicators page. An unknown id is 404.
     */
    public IndicatorSeries<?> byYears(String id, String region, Integer from, Integer to) {
        IndicatorCatalogue.require(id);
        return BY_YEARS.get(id).of(this, region, from, to);
    }

    /** How an indicator counted by years is read. */
    @FunctionalInterface
    private interface YearSeries {
        IndicatorSeries<?> of(IndicatorService service, String region, Integer from, Integer to);
    }

    private static final Map<String, YearSeries> BY_YEARS = Map.ofEntries(
            Map.entry(IndicatorCatalogue.RD_INTENSITY, IndicatorService::rdIntensity),
            Map.entry(IndicatorCatalogue.CONTRACT_TURNOVER, (service, region, from, to) -> service.contractTurnover(
                    region, from == null ? null : LocalDate.of(from, 1, 1),
                    to == null ? null : LocalDate.of(to, 12, 31), null, null, null)),
            Map.entry(IndicatorCatalogue.HIGH_TECH, IndicatorService::highTechEnterprises),
            Map.entry(IndicatorCatalogue.PLATFORMS, (service, region, from, to) -> service.innovationPlatforms(region)),
            Map.entry(IndicatorCatalogue.FUNDING, IndicatorService::programFunding),
            Map.entry(IndicatorCatalogue.TECH_SMES, IndicatorService::techSmes),
            Map.entry(IndicatorCatalogue.TECHNOLOGY_MATCHING, IndicatorService::technologyMatching),
            Map.entry(IndicatorCatalogue.HIGH_TECH_APPLICATIONS, IndicatorService::highTechApplications),
            Map.entry(IndicatorCatalogue.CULTIVATION, IndicatorService::cultivation),
            Map.entry(IndicatorCatalogue.HIGH_TECH_FIGURES, IndicatorService::highTechFigures),
            Map.entry(IndicatorCatalogue.RD_PLATFORM_COVERAGE, IndicatorService::rdPlatformCoverage),
            Map.entry(IndicatorCatalogue.ENTERPRISE_RD_EXPENSE, IndicatorService::enterpriseRdExpense));

    public IndicatorSeries<IndicatorPoint.RdIntensity> rdIntensity(String region, Integer from, Integer to) {
        Ask a = ask(region, from, to);
        List<IndicatorPoint.RdIntensity> series = complete(a).stream().map(sum -> new IndicatorPoint.RdIntensity(
                String.valueOf(sum.year()), Fraction.of(sum.rdExpenditure(), sum.gdp()).value(), sum.rdExpenditure(),
                sum.gdp(), sum.districts())).toList();
        return series(IndicatorCatalogue.RD_INTENSITY, a.region, series, null);
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

    /**
     * Of a region's absorption (contract-turnover, perspective BUYER) in a year, the part registered at other offices
     * and imported (decision 0036), by every dimension and group: nonzero cells only.
     */
    public List<ElsewhereCell> absorbedFromElsewhere(String region, int year) {
        return elsewhere.read(scope(region(region)), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public IndicatorSeries<IndicatorPoint.HighTech> highTechEnterprises(String region, Integer from, Integer to) {
        Ask a = ask(region, from, to);
        HighTechIndicator.Result result = highTech.series(a.scope, a.first, a.last);
        return series(IndicatorCatalogue.HIGH_TECH, a.region, result.series(), result.summary());
    }

    public IndicatorSeries<IndicatorPoint.Platforms> innovationPlatforms(String region) {
        RegionView r = region(region);
        String period = today().toString();
        List<IndicatorPoint.Platforms> series = new ArrayList<>();
        long incubators = 0;
        long labs = 0;
        BigDecimal area = ZERO;
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
        Ask a = ask(region, from, to);
        Map<String, FundingRow> found = new HashMap<>();
        source.funding(a.scope, a.first, a.last).forEach(f -> found.put(f.year() + "/" + f.kind(), f));
        List<IndicatorPoint.Funding> series = new ArrayList<>();
        for (int year = a.first; year <= a.last; year++) {
            for (ProgramKind kind : ProgramKind.values()) {
                FundingRow f = found.getOrDefault(year + "/" + kind.name(),
                        new FundingRow(year, kind.name(), 0, ZERO, ZERO, ZERO, ZERO, ZERO, FundingRow.Vouchers.NONE));
                FundingRow.Vouchers v = f.vouchers();
                series.add(new IndicatorPoint.Funding(String.valueOf(year), f.budget(), kind.name(), f.programs(),
                        f.budget(), f.awarded(), f.approved(), f.disbursed(), f.recovered(),
                        f.disbursed().subtract(f.recovered()), v.issued(), v.issuedAmount(), v.redeemed(),
                        v.redeemedAmount(), v.paid(), v.paidAmount(), v.releasedAmount()));
            }
        }
        return series(IndicatorCatalogue.FUNDING, a.region, series, null);
    }

    public IndicatorSeries<IndicatorPoint.TechSmes> techSmes(String region, Integer from, Integer to) {
        Ask a = ask(region, from, to);
        return a.eachYear(IndicatorCatalogue.TECH_SMES,
                List.copyOf(source.techSmes(a.scope, a.first, a.last).entrySet()),
                Map.Entry::getKey, year -> Map.entry(year, 0L),
                (period, count) -> new IndicatorPoint.TechSmes(period, count.getValue()));
    }

    public IndicatorSeries<IndicatorPoint.Matching> technologyMatching(String region, Integer from, Integer to) {
        Ask a = ask(region, from, to);
        return a.eachYear(IndicatorCatalogue.TECHNOLOGY_MATCHING, source.matching(a.scope, a.first, a.last),
                MatchingYear::year, year -> new MatchingYear(year, 0, 0, 0, ZERO),
                (period, m) -> new IndicatorPoint.Matching(period, m.demandsMatched(), m.demandsPublished(),
                        m.demandsMatched(), m.contractsSigned(), m.turnover()));
    }

    public IndicatorSeries<IndicatorPoint.HighTechApplications> highTechApplications(String region, Integer from,
                                                                                      Integer to) {
        Ask a = ask(region, from, to);
        return a.eachYear(IndicatorCatalogue.HIGH_TECH_APPLICATIONS,
                source.highTechApplications(a.scope, a.first, a.last), ApplicationCount::year,
                year -> new ApplicationCount(year, 0, 0, 0, 0),
                (period, c) -> new IndicatorPoint.HighTechApplications(period, value(c.passed(), c.applied()),
                        c.applied(), c.recommended(), c.passed(), c.failed()));
    }

    public IndicatorSeries<IndicatorPoint.Cultivation> cultivation(String region, Integer from, Integer to) {
        Ask a = ask(region, from, to);
        List<IndicatorPoint.Cultivation> series = new ArrayList<>();
        cultivation.counts(Regions.of(a.scope), a.first, a.last).forEach((year, tiers) -> {
            long all = tiers.values().stream().mapToLong(Long::longValue).sum();
            series.add(new IndicatorPoint.Cultivation(String.valueOf(year), all, tiers.get(CultivationTier.TECH_SME),
                    tiers.get(CultivationTier.POOL), tiers.get(CultivationTier.HIGH_TECH),
                    tiers.get(CultivationTier.GAZELLE)));
        });
        return series(IndicatorCatalogue.CULTIVATION, a.region, series, null);
    }

    public IndicatorSeries<IndicatorPoint.HighTechFigures> highTechFigures(String region, Integer from, Integer to) {
        Ask a = ask(region, from, to);
        return a.eachYear(IndicatorCatalogue.HIGH_TECH_FIGURES, source.highTechFigures(a.scope, a.first, a.last),
                FiguresYear::year, FiguresYear::none,
                (period, f) -> new IndicatorPoint.HighTechFigures(period, f.revenue(), f.enterprises(), f.reported(),
                        f.revenue(), f.profit(), f.taxPaid()));
    }

    public IndicatorSeries<IndicatorPoint.RdPlatformCoverage> rdPlatformCoverage(String region, Integer from,
                                                                                 Integer to) {
        Ask a = ask(region, from, to);
        return a.eachYear(IndicatorCatalogue.RD_PLATFORM_COVERAGE, source.rdPlatformCoverage(a.scope, a.first,
                        a.last, IndicatorCatalogue.SERVICE_INDUSTRIES), CoverageYear::year,
                year -> new CoverageYear(year, 0, 0),
                (period, c) -> new IndicatorPoint.RdPlatformCoverage(period,
                        value(c.withPlatform(), c.aboveScaleIndustrial()), c.withPlatform(), c.aboveScaleIndustrial()));
    }

    public IndicatorSeries<IndicatorPoint.EnterpriseRdExpense> enterpriseRdExpense(String region, Integer from,
                                                                                   Integer to) {
        Ask a = ask(region, from, to);
        Map<Integer, BigDecimal> statistics = new HashMap<>();
        complete(a).forEach(sum -> statistics.put(sum.year(), sum.rdExpenditure()));
        return a.eachYear(IndicatorCatalogue.ENTERPRISE_RD_EXPENSE, source.enterpriseFigures(a.scope, a.first, a.last),
                FiguresYear::year, FiguresYear::none, (period, f) -> {
                    BigDecimal bureau = statistics.get(f.year());
                    return new IndicatorPoint.EnterpriseRdExpense(period, f.rdExpense(), f.reported(),
                            f.rdExpenseDomestic(), bureau, bureau == null ? null : value(f.rdExpense(), bureau));
                });
    }

    /** A region and range of years asked for, checked: the region's scope and the first and last year. */
    private record Ask(RegionView region, Set<String> scope, int first, int last) {

        /**
         * A point for every year of the range, from the row of that year (rows keyed by {@code yearOf}), or
         * {@code none} when the source has none.
         */
        <R, P extends IndicatorPoint> IndicatorSeries<P> eachYear(String id, List<R> rows, ToIntFunction<R> yearOf,
                                                                  IntFunction<R> none, BiFunction<String, R, P> point) {
            Map<Integer, R> found = new HashMap<>();
            rows.forEach(row -> found.put(yearOf.applyAsInt(row), row));
            List<P> series = new ArrayList<>();
            for (int year = first; year <= last; year++) {
                R row = found.get(year);
                series.add(point.apply(String.valueOf(year), row == null ? none.apply(year) : row));
            }
            return series(id, region, series, null);
        }
    }

    private Ask ask(String region, Integer from, Integer to) {
        RegionView r = region(region);
        int[] years = IndicatorRange.years(from, to, today());
        return new Ask(r, scope(r), years[0], years[1]);
    }

    /** The statistics of the years in which every district of the region has its figures. */
    private List<StatisticSum> complete(Ask a) {
        int districts = regions.districtsWithin(a.region.code()).size();
        return source.statistics(a.scope, a.first, a.last).stream().filter(sum -> sum.districts() >= districts)
                .toList();
    }

    /** A plain fraction's value, null without a denominator. */
    private static BigDecimal value(long numerator, long denominator) {
        return value(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }

    private static BigDecimal value(BigDecimal numerator, BigDecimal denominator) {
        Fraction f = Fraction.of(numerator, denominator);
        return f == null ? null : f.value();
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
