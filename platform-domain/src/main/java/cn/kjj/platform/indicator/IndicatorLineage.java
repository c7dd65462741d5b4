package cn.kjj.platform.indicator;

import cn.kjj.platform.common.InvalidInputException;
import cn.kjj.platform.contract.ContractType;
import cn.kjj.platform.cultivation.CultivationService;
import cn.kjj.platform.cultivation.LadderStanding;
import cn.kjj.platform.region.RegionView;
import cn.kjj.platform.region.Regions;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The records a series point is made of, paged, read from the base tables. */
@Service
@Transactional(readOnly = true)
public class IndicatorLineage {

    public static final int MAX_SIZE = 500;
    /**
     * Lineage counts that grow with the data stop here (decision 0048): past it the page says "more than 10,000".
     * A contract-turnover point's count is not capped: it is read from the roll-ups (decision 0055).
     */
    public static final long COUNT_CAP = 10_000;

    private final IndicatorService indicators;
    private final LineageSource source;
    private final IndicatorSource sums;
    private final TurnoverLedger turnover;
    private final CultivationService cultivation;

    IndicatorLineage(IndicatorService indicators, LineageSource source, IndicatorSource sums, TurnoverLedger turnover,
                     CultivationService cultivation) {
        this.indicators = indicators;
        this.source = source;
        this.sums = sums;
        this.turnover = turnover;
        this.cultivation = cultivation;
    }

    /** Lineage of a point as before dimensions: contract turnover of one {@code type} (optional). */
    public LineagePage lineage(String id, String region, String period, Perspective perspective, String type,
                               int page, int size) {
        return lineage(id, region, period, perspective, type, null, null, page, size);
    }

    /**
     * Lineage of a point; a contract-turnover point split by a dimension names it ({@code by}) and its
     * {@code group} (both or neither, 400 otherwise), or, as before dimensions, its {@code type}.
     */
    public LineagePage lineage(String id, String region, String period, Perspective perspective, String type,
                               String by, String group, int page, int size) {
        IndicatorCatalogue.require(id);
        RegionView r = indicators.region(region);
        Set<String> scope = indicators.scope(r);
        if (page < 0) {
            throw InvalidInputException.forField("page", "error.indicator.page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw InvalidInputException.forField("size", "error.indicator.size", "must be between 1 and 500");
        }
        int offset = page * size;
        List<Map<String, Object>> rows;
        long total;
        switch (id) {
            case IndicatorCatalogue.CONTRACT_TURNOVER -> {
                LocalDate[] days = Period.bounds(period, "period");
                Perspective p = perspective == null ? Perspective.SELLER : perspective;
                TurnoverDimension dimension = TurnoverDimension.parse("by", by);
                String g = dimension != null ? dimension.requireGroup("group", group) : contractType(type);
                if (dimension == null && group != null && !group.isBlank()) {
                    throw InvalidInputException.forField("by", "error.field.required", "a group needs its dimension");
                }
                if (dimension == null && g != null) {
                    dimension = TurnoverDimension.TYPE;
                }
                rows = source.contracts(scope, p, days[0], days[1], dimension, g, offset, size);
                total = contractCount(scope, p, days, dimension, g);
            }
            case IndicatorCatalogue.HIGH_TECH -> {
                int year = year(period);
                rows = source.certifications(scope, year, offset, size);
                total = source.countCertifications(scope, year, COUNT_CAP + 1);
            }
            case IndicatorCatalogue.RD_INTENSITY -> {
                rows = source.statisticRows(scope, year(period));
                total = rows.size();
                rows = rows.subList(Math.min(offset, rows.size()), Math.min(offset + size, rows.size()));
            }
            case IndicatorCatalogue.PLATFORMS -> {
                rows = source.platformRows(scope, offset, size);
                total = source.countPlatforms(scope);
            }
            case IndicatorCatalogue.TECH_SMES -> {
                int year = year(period);
                rows = source.techSmeRows(scope, year, offset, size);
                total = sums.techSmes(scope, year, year).getOrDefault(year, 0L);
            }
            case IndicatorCatalogue.TECHNOLOGY_MATCHING -> {
                int year = year(period);
                rows = source.matchmakingRows(scope, year, offset, size);
                total = source.countMatchmakings(scope, year, COUNT_CAP + 1);
            }
            case IndicatorCatalogue.HIGH_TECH_APPLICATIONS -> {
                int year = year(period);
                rows = source.applicationRows(scope, year, offset, size);
                total = source.countApplications(scope, year, COUNT_CAP + 1);
            }
            case IndicatorCatalogue.CULTIVATION -> {
                List<LadderStanding> standings = cultivation.standings(Regions.of(scope), year(period), null);
                total = standings.size();
                rows = standings.subList(Math.min(offset, standings.size()), Math.min(offset + size, standings.size()))
                        .stream().map(IndicatorLineage::standingRow).toList();
            }
            case IndicatorCatalogue.HIGH_TECH_FIGURES -> {
                int year = year(period);
                rows = source.highTechFigureRows(scope, year, offset, size);
                total = sums.highTechFigures(scope, year, year).stream().mapToLong(FiguresYear::enterprises).sum();
            }
            case IndicatorCatalogue.RD_PLATFORM_COVERAGE -> {
                int year = year(period);
                rows = source.coverageRows(scope, year, IndicatorCatalogue.SERVICE_INDUSTRIES, offset, size);
                total = sums.rdPlatformCoverage(scope, year, year, IndicatorCatalogue.SERVICE_INDUSTRIES).stream()
                        .mapToLong(CoverageYear::aboveScaleIndustrial).sum();
            }
            case IndicatorCatalogue.ENTERPRISE_RD_EXPENSE -> {
                int year = year(period);
                rows = source.figureRows(scope, year, offset, size);
                total = source.countFigures(scope, year);
            }
            default -> {
                int year = year(period);
                rows = source.programRows(scope, year, offset, size);
                total = source.countPrograms(scope, year);
            }
        }
        // a turnover point's count is exact however large (its roll-ups); the others stop at the cap
        boolean capped = total > COUNT_CAP && !IndicatorCatalogue.CONTRACT_TURNOVER.equals(id);
        return new LineagePage(id, r.code(), period, capped ? COUNT_CAP : total, capped, page, size, rows);
    }

    /**
     * A turnover point's records counted as the point counts them: its roll-up rows (decision 0055), a few rows
     * whatever the number of contracts, and exact, as the roll-ups move in the registering transaction.
     */
    private long contractCount(Set<String> scope, Perspective perspective, LocalDate[] days, TurnoverDimension by,
                               String group) {
        YearMonth first = YearMonth.from(days[0]);
        YearMonth last = YearMonth.from(days[1]);
        int months = (int) first.until(last, ChronoUnit.MONTHS) + 1;
        return turnover.read(scope, perspective, first, last, months, by).stream()
                .filter(cell -> by == null || cell.group().equals(group)).mapToLong(TurnoverCell::count).sum();
    }

    private static Map<String, Object> standingRow(LadderStanding s) {
        Map<String, Object> row = new java.util.LinkedHashMap<>();
        row.put("enterpriseId", s.enterpriseId());
        row.put("enterpriseName", s.enterpriseName());
        row.put("regionCode", s.regionCode());
        row.put("tier", s.tier().name());
        row.put("techSme", s.techSme());
        row.put("placedByHand", s.placedByHand());
        row.put("conditionsMet", s.conditionsMet());
        row.put("revenue", s.revenue());
        row.put("growthRate", s.growthRate());
        return row;
    }

    private static int year(String period) {
        if (period == null || !period.strip().matches("\\d{4}")) {
            throw InvalidInputException.forField("period", "error.indicator.periodLabel", "must be a year such as 2023");
        }
        return Integer.parseInt(period.strip());
    }

    private static String contractType(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        return Arrays.stream(ContractType.values()).map(Enum::name).filter(n -> n.equals(type.strip())).findFirst()
                .orElseThrow(() -> InvalidInputException.forField("type", "error.indicator.type",
                        "must be a contract type"));
    }
}
