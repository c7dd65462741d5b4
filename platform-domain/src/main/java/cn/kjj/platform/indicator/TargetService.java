package cn.kjj.platform.indicator;

import cn.kjj.platform.audit.AuditLog;
import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.common.InvalidInputException;
import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.common.PreconditionFailedException;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.region.RegionDirectory;
import cn.kjj.platform.region.RegionScope;
import cn.kjj.platform.region.RegionView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Targets (目标任务) per region, indicator and year, entered by officials within their region (and
 * administrators), read by the staff with the indicator's actual value and the progress towards
 * them. Each change writes an audit event ({@code target.create} or {@code .update}, id
 * {@code 440703/high-tech-enterprises/2022}) in the same transaction.
 */
@Service
public class TargetService {

    public static final String ENTITY = "target";

    /** The indicators a target can be set for, and the places their target may have (0: a count). */
    public static final Map<String, Integer> TARGETABLE = Map.of(IndicatorCatalogue.HIGH_TECH, 0,
            IndicatorCatalogue.TECH_SMES, 0, IndicatorCatalogue.RD_INTENSITY, 6, IndicatorCatalogue.CONTRACT_TURNOVER, 2);

    private final TargetStore targets;
    private final IndicatorService indicators;
    private final RegionDirectory regions;
    private final RegionScope scope;
    private final AuditLog audit;
    private final Clock clock;

    TargetService(TargetStore targets, IndicatorService indicators, RegionDirectory regions, RegionScope scope,
                  AuditLog audit, Clock clock) {
        this.targets = targets;
        this.indicators = indicators;
        this.regions = regions;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    /** A target as recorded, and whether it was new (201) rather than a change (200). */
    public record Recorded(TargetView target, boolean created) {
    }

    /**
     * Records or replaces a target. An unknown region or indicator is 404, a region outside an
     * official's 404, a read-only role 403, an indicator without targets or a bad value 400, a stale
     * {@code expectedVersion} 412. The same value and note again change nothing.
     */
    @Transactional
    public Recorded record(AccountPrincipal actor, String regionCode, String indicator, int year, BigDecimal value,
                           String note, Long expectedVersion) {
        RegionView region = regions.require(regionCode);
        IndicatorCatalogue.require(indicator);
        RegionScope.requireWriter(actor, "targets");
        if (!scope.canWrite(actor, region.code())) {
            throw new NotFoundException("error.region.notFound", "no region " + region.code(), region.code());
        }
        FieldErrors errors = new FieldErrors();
        Integer places = TARGETABLE.get(indicator);
        if (places == null) {
            errors.add("indicator", "error.target.indicator", "takes no targets");
        }
        if (year < IndicatorRange.MIN_YEAR || year > IndicatorRange.MAX_YEAR) {
            errors.add("year", "error.indicator.year", "must be between 1980 and 9999");
        }
        BigDecimal checked = checkedValue(errors, indicator, places, value);
        String text = errors.text("note", note, 500, false);
        errors.throwIfAny();
        String key = region.code() + "/" + indicator + "/" + year;
        var existing = targets.find(region.code(), indicator, year);
        if (existing.isPresent() && expectedVersion != null && expectedVersion != existing.get().version()) {
            throw new PreconditionFailedException(ENTITY, key, expectedVersion, existing.get().version());
        }
        Target next = new Target(region.code(), indicator, year, checked, text, clock.instant(),
                existing.map(t -> t.version() + 1).orElse(0L));
        if (existing.isPresent() && existing.get().value().compareTo(checked) == 0
                && Objects.equals(existing.get().note(), text)) {
            return new Recorded(view(existing.get()), false);
        }
        Target saved = targets.save(next);
        audit.record(ENTITY + (existing.isEmpty() ? ".create" : ".update"), ENTITY, key, region.code(),
                existing.map(TargetService::figures).orElse(null), figures(saved));
        return new Recorded(view(saved), existing.isEmpty());
    }

    /**
     * The targets of a region and the regions below it ({@code year} or every year), with actual and
     * progress: an unknown region is 404, and so is one outside an official's region.
     */
    @Transactional(readOnly = true)
    public List<TargetView> list(AccountPrincipal reader, String regionCode, Integer year) {
        RegionScope.requireReader(reader);
        RegionView region = indicators.region(regionCode);
        if (!scope.canRead(reader, region.code())) {
            throw new NotFoundException("error.region.notFound", "no region " + region.code(), region.code());
        }
        return targets.within(regions.codesWithin(region.code()), year).stream().map(this::view).toList();
    }

    /**
     * The targets of one region (not those below it) and year with their progress, for pages that
     * have checked the reader's scope already (dashboard, annual report).
     */
    @Transactional(readOnly = true)
    public List<TargetView> of(String regionCode, int year) {
        return targets.within(List.of(regionCode), year).stream().map(this::view).toList();
    }

    /**
     * The region's own targets (not those below it) of {@code indicator} (every indicator when null)
     * from {@code from} to {@code to}, by indicator and year, for the indicators' answers and page; an
     * unknown region is 404. Indicators are read in every region, and so are the targets beside them.
     */
    @Transactional(readOnly = true)
    public List<TargetView> beside(String regionCode, String indicator, int from, int to) {
        RegionView region = indicators.region(regionCode);
        return targets.within(List.of(region.code()), null).stream()
                .filter(t -> (indicator == null || t.indicator().equals(indicator)) && t.year() >= from && t.year() <= to)
                .map(this::view).toList();
    }

    /** The version of a target, -1 when none is set (an If-Match then fails: 412). */
    @Transactional(readOnly = true)
    public long version(String regionCode, String indicator, int year) {
        return targets.find(regionCode, indicator, year).map(Target::version).orElse(-1L);
    }

    private static Map<String, Object> figures(Target t) {
        return t.note() == null ? Map.of("value", t.value()) : Map.of("value", t.value(), "note", t.note());
    }

    private static BigDecimal checkedValue(FieldErrors errors, String indicator, Integer places, BigDecimal value) {
        if (errors.required("value", value) == null || places == null) {
            return null;
        }
        if (value.signum() <= 0) {
            errors.add("value", "error.target.positive", "must be greater than 0");
        } else if (value.stripTrailingZeros().scale() > places) {
            errors.add("value", "error.target.places", places == 0 ? "must be a whole number"
                    : "must have at most " + places + " decimals");
        } else if (IndicatorCatalogue.RD_INTENSITY.equals(indicator) && value.compareTo(BigDecimal.ONE) >= 0) {
            errors.add("value", "error.target.fraction", "must be a plain fraction below 1, e.g. 0.027 for 2.7 %");
        } else if (value.precision() - value.scale() > 14) {
            errors.add("value", "error.target.tooLarge", "is too large");
        } else {
            return value.setScale(places);
        }
        return null;
    }

    private TargetView view(Target t) {
        RegionView region = regions.require(t.regionCode());
        int year = t.year();
        BigDecimal actual = null;
        BigDecimal progress = null;
        switch (t.indicator()) {
            case IndicatorCatalogue.HIGH_TECH -> actual = BigDecimal.valueOf(
                    indicators.highTechEnterprises(region.code(), year, year).series().get(0).value());
            case IndicatorCatalogue.TECH_SMES -> actual = BigDecimal.valueOf(
                    indicators.techSmes(region.code(), year, year).series().get(0).value());
            case IndicatorCatalogue.CONTRACT_TURNOVER -> actual = indicators.contractTurnover(region.code(),
                    LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Period.YEAR, Perspective.SELLER, null)
                    .series().stream().map(IndicatorPoint.Turnover::value).findFirst().orElse(BigDecimal.ZERO);
            case IndicatorCatalogue.RD_INTENSITY -> {
                var point = indicators.rdIntensity(region.code(), year, year).series().stream().findFirst();
                actual = point.map(IndicatorPoint.RdIntensity::value).orElse(null);
                // exactly: (rd / gdp) / target = rd / (gdp x target), never the rounded ratio
                progress = point.map(p -> TargetView.progress(p.rdExpenditure(), p.gdp().multiply(t.value())))
                        .orElse(null);
            }
            default -> throw new IllegalStateException("no actual for " + t.indicator());
        }
        if (progress == null) {
            progress = TargetView.progress(actual, t.value());
        }
        Boolean reached = progress == null ? null : progress.compareTo(BigDecimal.ONE) >= 0;
        BigDecimal value = t.value().setScale(TARGETABLE.getOrDefault(t.indicator(), 6), RoundingMode.UNNECESSARY);
        return new TargetView(t.regionCode(), region.name(), t.indicator(), year, value, t.note(), actual,
                progress, reached, t.updatedAt(), t.version());
    }
}
