package cn.kjj.platform.dashboard;

import cn.kjj.platform.region.RecognitionLevel;
import java.util.ArrayList;
import java.util.List;

/**
 * Platforms (carriers or R&D platforms) by level and year of recognition. A platform without a
 * recognition date is counted in every year: it is on the registry, only its date is unknown.
 */
public record RecognizedPlatforms(List<Row> rows) {

    public record Row(RecognitionLevel level, Integer year, long count) {
    }

    public static RecognizedPlatforms of(List<Object[]> rows) {
        List<Row> list = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            list.add(new Row((RecognitionLevel) r[0], r[1] == null ? null : ((Number) r[1]).intValue(),
                    ((Number) r[2]).longValue()));
        }
        return new RecognizedPlatforms(List.copyOf(list));
    }

    /** How many were recognised by the end of {@code year}. */
    public long by(int year) {
        return rows.stream().filter(r -> r.year() == null || r.year() <= year).mapToLong(Row::count).sum();
    }

    /** How many of this level were recognised by the end of {@code year}. */
    public long by(RecognitionLevel level, int year) {
        return rows.stream().filter(r -> r.level() == level && (r.year() == null || r.year() <= year))
                .mapToLong(Row::count).sum();
    }

    /** How many were recognised in {@code year}. */
    public long in(int year) {
        return rows.stream().filter(r -> r.year() != null && r.year() == year).mapToLong(Row::count).sum();
    }

    /** Per level (every level, zeros included), by the end of {@code year}. */
    public List<Dashboard.LevelCount> byLevel(int year) {
        List<Dashboard.LevelCount> counts = new ArrayList<>();
        for (RecognitionLevel level : RecognitionLevel.values()) {
            counts.add(new Dashboard.LevelCount(level, by(level, year)));
        }
        return counts;
    }
}
