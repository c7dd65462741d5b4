package cn.kjj.platform.imports;

import cn.kjj.platform.statistics.RegionalStatistic;
import cn.kjj.platform.statistics.RegionalStatisticId;
import cn.kjj.platform.statistics.RegionalStatisticRepository;
import cn.kjj.platform.statistics.RegionalStatisticRevisionRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.springframework.stereotype.Component;

/**
 * GDP and R&D expenditure of districts by year. A district and year not yet recorded is created;
 * one already recorded is revised by {@link RegionalStatistic#revise}, which keeps the earlier
 * figures as a revision (unchanged figures make none). Files are small (districts × years), so
 * the entities are used as they are.
 */
@Component
record StatisticsImport(RegionalStatisticRepository statistics, RegionalStatisticRevisionRepository revisions,
                        Clock clock) implements KindImport<RegionalStatistic, RegionalStatistic> {

    private static final int PROGRESS_EVERY = 1_000;

    @Override
    public ImportKind kind() {
        return ImportKind.STATISTICS;
    }

    @Override
    public RegionalStatistic parse(ImportRow row, ImportScope scope) {
        Integer year = row.integer("year");
        if (year == null && row.text("year") == null) {
            row.error("year", "error.field.required", "is required");
        }
        String regionCode = row.text("regionCode");
        int checkedYear = year == null ? 0 : year;
        Instant now = clock.instant();
        var gdp = row.decimal("gdp");
        var rd = row.decimal("rdExpenditure");
        RegionalStatistic statistic = row.check(() -> new RegionalStatistic(regionCode, checkedYear, gdp, rd,
                row.text("source"), scope.importer().id(), now));
        if (statistic == null || !scope.checkDistrict(row, "regionCode", statistic.getRegionCode())) {
            return null;
        }
        // as the statistics service: figures are kept up to next year, never for years further ahead
        int latest = LocalDate.now(clock).getYear() + 1;
        if (statistic.getYear() > latest) {
            row.error("year", "error.year.outOfRange",
                    "must be between " + RegionalStatistic.MIN_YEAR + " and " + latest);
        }
        return row.hasErrors() ? null : statistic;
    }

    @Override
    public List<RegionalStatistic> resolve(List<Parsed<RegionalStatistic>> rows, ImportScope scope) {
        Map<RegionalStatisticId, Integer> firstLine = new HashMap<>();
        List<RegionalStatistic> result = new ArrayList<>(rows.size());
        for (Parsed<RegionalStatistic> parsed : rows) {
            parsed.firstOf(firstLine, parsed.value().getId(), "year");
            result.add(parsed.value());
        }
        return result;
    }

    @Override
    public WriteCounts write(List<RegionalStatistic> rows, ImportScope scope, IntConsumer progress) {
        Map<RegionalStatisticId, RegionalStatistic> existing = new HashMap<>();
        statistics.findAllById(rows.stream().map(RegionalStatistic::getId).toList())
                .forEach(s -> existing.put(s.getId(), s));
        Instant now = clock.instant();
        int created = 0;
        int revised = 0;
        for (int i = 0; i < rows.size(); i++) {
            RegionalStatistic row = rows.get(i);
            RegionalStatistic current = existing.get(row.getId());
            if (current == null) {
                statistics.save(row);
                created++;
            } else {
                var revision = current.revise(row.getGdp(), row.getRdExpenditure(), row.getSource(),
                        scope.importer().id(), now);
                if (revision.isPresent()) {
                    revisions.save(revision.get());
                    revised++;
                }
            }
            if ((i + 1) % PROGRESS_EVERY == 0) {
                progress.accept(i + 1);
            }
        }
        statistics.flush();
        progress.accept(rows.size());
        return new WriteCounts(created, revised);
    }
}
