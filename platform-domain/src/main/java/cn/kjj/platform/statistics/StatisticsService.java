package cn.kjj.platform.statistics;

import cn.kjj.platform.audit.AuditLog;
import cn.kjj.platform.common.PreconditionFailedException;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.region.RegionScope;
import cn.kjj.platform.region.RegionView;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording GDP and R&D expenditure of a district and year. The first figures create the row;
 * later ones revise it, and the figures they replace are kept as a revision, so that every value
 * ever recorded can be shown with who recorded it, when and from which source. Each change writes
 * an audit event ({@code regional_statistic.create} or {@code .revise}, id {@code 440704/2022})
 * in the same transaction.
 */
@Service
public class StatisticsService {

    public static final String ENTITY = "regional_statistic";

    private final RegionalStatisticRepository statistics;
    private final RegionalStatisticRevisionRepository revisions;
    private final RegionScope scope;
    private final StatisticsQueries queries;
    private final AuditLog audit;
    private final Clock clock;

    StatisticsService(RegionalStatisticRepository statistics, RegionalStatisticRevisionRepository revisions,
                      RegionScope scope, StatisticsQueries queries, AuditLog audit, Clock clock) {
        this.statistics = statistics;
        this.revisions = revisions;
        this.scope = scope;
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
        RegionView region = queries.requireDistrict(regionCode);
        RegionScope.requireWriter(actor, "statistics");
        if (!scope.canWrite(actor, region.code())) {
            throw StatisticsQueries.outOfScope(region.code());
        }
        StatisticYears.require("year", year, clock);
        String key = region.code() + "/" + year;
        Optional<RegionalStatistic> existing = statistics.findByRegionCodeAndYear(region.code(), year);
        if (existing.isEmpty()) {
            RegionalStatistic created = statistics.saveAndFlush(new RegionalStatistic(region.code(), year,
                    figures.gdp(), figures.rdExpenditure(), figures.source(), actor.id(), clock.instant()));
            audit.record(ENTITY + ".create", ENTITY, key, region.code(), null, created.getFigures());
            return new RecordedStatistic(queries.view(null, created), true);
        }
        RegionalStatistic statistic = existing.get();
        if (expectedVersion != null && expectedVersion != statistic.getVersion()) {
            throw new PreconditionFailedException(ENTITY, key, expectedVersion, statistic.getVersion());
        }
        statistic.revise(figures.gdp(), figures.rdExpenditure(), figures.source(), actor.id(), clock.instant())
                .ifPresent(previous -> {
                    statistics.saveAndFlush(statistic);
                    revisions.save(previous);
                    audit.record(ENTITY + ".revise", ENTITY, key, region.code(), previous.getFigures(),
                            statistic.getFigures());
                });
        return new RecordedStatistic(queries.view(null, statistic), false);
    }
}
