package cn.kjj.platform.dashboard;

import cn.kjj.platform.common.ClockConfiguration;
import cn.kjj.platform.common.InvalidInputException;
import cn.kjj.platform.contract.ContractFilter;
import cn.kjj.platform.contract.ContractQueries;
import cn.kjj.platform.contract.ContractStatus;
import cn.kjj.platform.dashboard.Dashboard.Subregion;
import cn.kjj.platform.dashboard.Dashboard.YearValue;
import cn.kjj.platform.enterprise.EnterpriseQueries;
import cn.kjj.platform.enterprise.RenewalWindow;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.indicator.DataGeneration;
import cn.kjj.platform.indicator.IndicatorPoint;
import cn.kjj.platform.indicator.IndicatorService;
import cn.kjj.platform.indicator.KeptAnswers;
import cn.kjj.platform.indicator.Period;
import cn.kjj.platform.indicator.Perspective;
import cn.kjj.platform.indicator.TargetService;
import cn.kjj.platform.region.RegionDirectory;
import cn.kjj.platform.region.RegionView;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Assembles an official's {@link Dashboard} from the indicator roll-ups ({@link IndicatorService}),
 * two counts of certificates (in force today by region code, for the tile and each region below; the renewal
 * pipeline) and one grouped query on carriers, in one read-only transaction; the counts read indexes, not rows per
 * enterprise (decision 0060). What that transaction read is kept in memory under the {@link DataGeneration}, per
 * reach of the reader, region, year and day, and served again while the generation has not moved (decision 0063):
 * every table it reads notifies its changes (V43). The review queue (with its overdue part) is not kept: a
 * submission inserts a contract without a notice (decision 0057), so it is one index-only count on every call.
 * Who may see which region: {@link DashboardAccess}.
 */
@Service
public class DashboardService {

    public static final int TREND_YEARS = 5;
    public static final int EXPIRING_DAYS = RenewalWindow.DEFAULT_DAYS;
    static final Set<ContractStatus> AWAITING = Arrays.stream(ContractStatus.values())
            .filter(ContractStatus::awaitsDecision).collect(Collectors.toUnmodifiableSet());

    private final DashboardAccess access;
    private final IndicatorService indicators;
    private final ContractQueries contracts;
    private final EnterpriseQueries enterprises;
    private final RecognitionRepository recognitions;
    private final RegionDirectory regions;
    private final TargetService targets;
    private final Clock clock;
    private final DataGeneration generation;
    private final KeptAnswers<Dashboard> kept;
    private final TransactionTemplate reading;

    DashboardService(DashboardAccess access, IndicatorService indicators, ContractQueries contracts,
                     EnterpriseQueries enterprises, RecognitionRepository recognitions, RegionDirectory regions,
                     TargetService targets, Clock clock, DataGeneration generation,
                     PlatformTransactionManager transactions,
                     @Value("${platform.indicators.cache.dashboards:500}") int maxDashboards) {
        this.access = access;
        this.indicators = indicators;
        this.contracts = contracts;
        this.enterprises = enterprises;
        this.recognitions = recognitions;
        this.regions = regions;
        this.targets = targets;
        this.clock = clock;
        this.generation = generation;
        this.kept = KeptAnswers.counted(maxDashboards);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    /** The dashboard of {@code region} (default: the reader's) for {@code year} (default: this year). */
    public Dashboard dashboard(AccountPrincipal reader, String region, Integer year) {
        RegionView r = access.region(reader, region);
        LocalDate today = today();
        int y = requireYear(year, today);
        String key = reader.reach() + '|' + r.code() + '|' + y + '|' + today;
        long g = generation.current();
        // inside a caller's transaction the figures could count its uncommitted writes: computed, neither kept nor
        // shared; else computed once for all who ask at the same time (decision 0069)
        Dashboard figures = TransactionSynchronizationManager.isActualTransactionActive()
                ? figures(reader, r, y, today)
                : kept.obtain(key, g, () -> reading.execute(status -> figures(reader, r, y, today)));
        if (!DashboardAccess.seesReviewQueue(reader)) {
            return figures;
        }
        ContractQueries.QueueCounts queue = contracts.countWithOverdue(reader, queue(r.code()));
        return figures.withQueue(queue.all(), queue.overdue());
    }

    /** Everything but the review queue, which {@link #dashboard} adds. */
    private Dashboard figures(AccountPrincipal reader, RegionView r, int y, LocalDate today) {
        int months = y == today.getYear() ? today.getMonthValue() : 12;

        Map<String, Long> highTechToday = y == today.getYear()
                ? enterprises.countHighTechByRegionCode(reader, r.code()) : null;
        List<YearValue> highTech = highTechTrend(r.code(), y, highTechToday);
        Figure stock = Figure.of(highTech.get(highTech.size() - 1).value(), highTech.get(highTech.size() - 2).value(),
                y == today.getYear() ? today.toString() : String.valueOf(y), String.valueOf(y - 1));
        List<YearValue> rd = rdTrend(r.code(), y);
        RecognizedPlatforms carriers = RecognizedPlatforms.of(recognitions.incubators(regions.codesWithin(r.code())));
        List<IndicatorPoint.Matching> matching = indicators.technologyMatching(r.code(), y - 1, y).series();
        return new Dashboard(r, y, today, stock, rdFigure(rd), turnoverSoFar(r.code(), y, months), months,
                null, null,
                enterprises.countExpiring(reader, r.code(), EXPIRING_DAYS), EXPIRING_DAYS,
                Figure.of(carriers.by(y), carriers.by(y - 1), String.valueOf(y), String.valueOf(y - 1)),
                carriers.byLevel(y), highTech, turnoverTrend(r.code(), y), rd, subregions(r, y, rd, highTechToday),
                targets.of(r.code(), y),
                Figure.of(matching.get(1).value(), matching.get(0).value(), String.valueOf(y), String.valueOf(y - 1)),
                matching.get(1).contractsSigned(), matching.get(1).turnover());
    }

    /**
     * High-tech stock on 31 December of the trend's years (the last two give the tile); for the
     * current year the enterprises certified today (the tile's list), not a projection to 31 December
     * that would drop every certificate still to be renewed this year ({@code today}: by region code, null for a
     * past year).
     */
    private List<YearValue> highTechTrend(String code, int year, Map<String, Long> today) {
        List<YearValue> trend = new ArrayList<>(indicators.highTechEnterprises(code, year - TREND_YEARS + 1, year)
                .series().stream().map(p -> new YearValue(p.year(), BigDecimal.valueOf(p.value()))).toList());
        if (today != null) {
            long now = today.values().stream().mapToLong(Long::longValue).sum();
            trend.set(trend.size() - 1, new YearValue(year, BigDecimal.valueOf(now)));
        }
        return trend;
    }

    private List<YearValue> turnoverTrend(String code, int year) {
        return indicators.contractTurnover(code, LocalDate.of(year - TREND_YEARS + 1, 1, 1), LocalDate.of(year, 12, 31),
                        Period.YEAR, Perspective.SELLER, null).series().stream()
                .map(p -> new YearValue(p.year(), p.value())).toList();
    }

    /** The years of the trend that have complete statistics. */
    private List<YearValue> rdTrend(String code, int year) {
        return indicators.rdIntensity(code, year - TREND_YEARS + 1, year).series().stream()
                .map(p -> new YearValue(p.year(), p.value())).toList();
    }

    /** The latest year with figures against the year before it (when that one has figures too). */
    static Figure rdFigure(List<YearValue> rd) {
        if (rd.isEmpty()) {
            return Figure.none(null);
        }
        YearValue last = rd.get(rd.size() - 1);
        YearValue before = rd.size() > 1 && rd.get(rd.size() - 2).year() == last.year() - 1 ? rd.get(rd.size() - 2) : null;
        return Figure.of(last.value(), before == null ? null : before.value(), String.valueOf(last.year()),
                String.valueOf(last.year() - 1));
    }

    /** January to {@code months} of the year against the same months of the year before, by month roll-up. */
    private Figure turnoverSoFar(String code, int year, int months) {
        List<IndicatorPoint.Turnover> points = indicators.contractTurnover(code, LocalDate.of(year - 1, 1, 1),
                LocalDate.of(year, 12, 31), Period.MONTH, Perspective.SELLER, null).series();
        BigDecimal before = BigDecimal.ZERO.setScale(2);
        BigDecimal now = BigDecimal.ZERO.setScale(2);
        for (int m = 0; m < months; m++) {
            before = before.add(points.get(m).value());
            now = now.add(points.get(12 + m).value());
        }
        return Figure.of(now, before, label(year, months), label(year - 1, months));
    }

    static String label(int year, int months) {
        return months == 12 ? String.valueOf(year) : String.format("%d-01/%d-%02d", year, year, months);
    }

    private static ContractFilter queue(String region) {
        return new ContractFilter(AWAITING, null, region, null, null, null, null, null, null, null);
    }

    /** The regions directly below: high-tech stock (as the tile), turnover of the year, R&D intensity of the tile's year. */
    private List<Subregion> subregions(RegionView region, int year, List<YearValue> rd, Map<String, Long> today) {
        Integer rdYear = rd.isEmpty() ? null : rd.get(rd.size() - 1).year();
        List<Subregion> rows = new ArrayList<>();
        for (RegionView child : regions.all()) {
            if (!region.code().equals(child.parentCode())) {
                continue;
            }
            long stock = today != null
                    ? regions.codesWithin(child.code()).stream().mapToLong(c -> today.getOrDefault(c, 0L)).sum()
                    : indicators.highTechEnterprises(child.code(), year, year).series().get(0).value();
            BigDecimal turnover = indicators.contractTurnover(child.code(), LocalDate.of(year, 1, 1),
                    LocalDate.of(year, 12, 31), Period.YEAR, Perspective.SELLER, null).series().get(0).value();
            BigDecimal intensity = rdYear == null ? null : indicators.rdIntensity(child.code(), rdYear, rdYear)
                    .series().stream().findFirst().map(IndicatorPoint.RdIntensity::value).orElse(null);
            rows.add(new Subregion(child, stock, turnover, intensity));
        }
        return rows;
    }

    /** The year asked for (default: this year): 400 naming {@code year} before 1980 or after this year. */
    public static int requireYear(Integer year, LocalDate today) {
        if (year == null) {
            return today.getYear();
        }
        if (year < 1980 || year > today.getYear()) {
            throw InvalidInputException.forField("year", "error.dashboard.year",
                    "must be between 1980 and " + today.getYear());
        }
        return year;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.BUREAU_ZONE));
    }
}
