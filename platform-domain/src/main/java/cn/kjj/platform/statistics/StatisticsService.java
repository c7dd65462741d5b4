package cn.kjj.platform.statistics;

import cn.kjj.platform.audit.AuditLog;
import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.common.InvalidInputException;
import cn.kjj.platform.common.PreconditionFailedException;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.region.RegionDirectory;
import cn.kjj.platform.region.RegionLevel;
import cn.kjj.platform.region.RegionScope;
import cn.kjj.platform.region.RegionView;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording GDP and R&D expenditure of a district and year. The first figures create the row;
 * later ones revise it, and the figures they replace are kept as a revision, so that every value
 * ever recorded can be shown with who recorded it, when and from which source. Each change writes
 * an audit event in the same transaction.
 */
@Service
public class StatisticsService {

    static final String ENTITY = "regional_statistic";

    private final RegionalStatisticRepository statistics;
    private final RegionalStatisticRevisionRepository revisions;
    private final RegionScope scope;
    private final RegionDirectory regions;
    private final StatisticsQueries queries;
    private final AuditLog audit;
    private final Clock clock;

    StatisticsService(RegionalStatisticRepository statistics, RegionalStatisticRevisionRepository revisions,
                      RegionScope scope, RegionDirectory regions, StatisticsQueries queries, AuditLog audit,
                      Clock clock) {
        this.statistics = statistics;
        this.revisions = revisions;
        this.scope = scope;
        this.regions = regions;
        this.queries = queries;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Creates or revises the figures of a district and year. An unknown region is 404, a city or a
     * province 400 (their figures are sums of their districts'), a district outside an official's
     * region 404; a stale {@code expectedVersion} is 412. The same figures again change nothing.
     */
    @Transactional
    public RecordedStatistic record(AccountPrincipal actor, String regionCode, int year, StatisticFigures figures,
                                    Long expectedVersion) {
        RegionView region = regions.require(regionCode);
        if (region.level() != RegionLevel.DISTRICT) {
            throw InvalidInputException.forField("regionCode", "error.statistics.notDistrict",
                    "statistics are kept for districts; a " + region.level() + "'s figures are sums of its districts'");
        }
        RegionScope.requireWriter(actor, "statistics");
        if (!scope.canWrite(actor, region.code())) {
            throw StatisticsQueries.outOfScope(region.code());
        }
        FieldErrors errors = new FieldErrors();
        StatisticYears.check(errors, "year", year, clock);
        errors.throwIfAny();

        Instant now = clock.instant();
        Optional<RegionalStatistic> existing = statistics.findByRegionCodeAndYear(region.code(), year);
        if (existing.isEmpty()) {
            RegionalStatistic created = statistics.saveAndFlush(new RegionalStatistic(region.code(), year,
                    figures.gdp(), figures.rdExpenditure(), figures.source(), actor.id(), now));
            audit.record(ENTITY + ".create", ENTITY, key(region.code(), year), region.code(), null,
                    figuresOf(created));
            return new RecordedStatistic(queries.view(created), true);
        }
        RegionalStatistic statistic = existing.get();
        if (expectedVersion != null && expectedVersion != statistic.getVersion()) {
            throw new PreconditionFailedException(ENTITY, key(region.code(), year), expectedVersion,
                    statistic.getVersion());
        }
        StatisticFigures before = figuresOf(statistic);
        Optional<RegionalStatisticRevision> revision = statistic.revise(figures.gdp(), figures.rdExpenditure(),
                figures.source(), actor.id(), now);
        if (revision.isPresent()) {
            statistics.saveAndFlush(statistic);
            revisions.save(revision.get());
            audit.record(ENTITY + ".revise", ENTITY, key(region.code(), year), region.code(), before,
                    figuresOf(statistic));
        }
        return new RecordedStatistic(queries.view(statistic), false);
    }

    /** The audit trail's id of a district and year, e.g. {@code 440704/2022}. */
    static String key(String regionCode, int year) {
        return regionCode + "/" + year;
    }

    private static StatisticFigures figuresOf(RegionalStatistic s) {
        return new StatisticFigures(s.getGdp(), s.getRdExpenditure(), s.getSource());
    }
}
