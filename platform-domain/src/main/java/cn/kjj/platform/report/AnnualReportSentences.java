package cn.kjj.platform.report;

import cn.kjj.platform.dashboard.Figure;
import cn.kjj.platform.region.RecognitionLevel;
import cn.kjj.platform.report.ReportValue.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The short sentences of an annual report, as message keys and arguments. Each indicator compares
 * the report's year with the year before and says one of:
 * <ul>
 * <li>{@code .up} / {@code .down} / {@code .same}: both years have a figure; args: year, previous,
 *     current, signed change, size of the change (for R&D intensity in percentage points);</li>
 * <li>{@code .first}: a figure this year but none (or zero) the year before; args: year, current;</li>
 * <li>{@code .missing}: no figure this year; args: year.</li>
 * </ul>
 */
public final class AnnualReportSentences {

    static final String PREFIX = "report.sentence.";

    private AnnualReportSentences() {
    }

    public static List<ReportSentence> of(List<YearFigures> years, List<AnnualReport.LevelRow> levels) {
        YearFigures now = years.get(years.size() - 1);
        YearFigures before = years.size() > 1 ? years.get(years.size() - 2) : null;
        List<ReportSentence> sentences = new ArrayList<>();
        sentences.add(relative("highTech", now.year(), Kind.COUNT,
                before == null ? null : BigDecimal.valueOf(before.highTechStock()), BigDecimal.valueOf(now.highTechStock())));
        if (now.newlyCertified() + now.renewed() + now.expired() + now.revoked() > 0) {
            sentences.add(new ReportSentence(PREFIX + "highTech.flows", List.of(year(now.year()),
                    count(now.newlyCertified()), count(now.renewed()), count(now.expired()), count(now.revoked()))));
        }
        sentences.add(points("rd", now.year(), before == null ? null : before.rdIntensity(), now.rdIntensity()));
        sentences.add(relative("output", now.year(), Kind.MONEY, before == null ? null : before.output(), now.output()));
        sentences.add(relative("absorption", now.year(), Kind.MONEY, before == null ? null : before.absorption(),
                now.absorption()));
        sentences.add(platforms(now, levels));
        sentences.add(relative("funding", now.year(), Kind.MONEY, before == null ? null : before.programBudget(),
                now.programBudget()));
        return List.copyOf(sentences);
    }

    /** A figure compared by its relative change (counts, money). Zero in both years is "missing". */
    static ReportSentence relative(String subject, int year, Kind kind, BigDecimal previous, BigDecimal current) {
        String key = PREFIX + subject + ".";
        if (current == null || current.signum() == 0 && (previous == null || previous.signum() == 0)) {
            return new ReportSentence(key + "missing", List.of(year(year)));
        }
        if (previous == null || previous.signum() == 0) {
            return new ReportSentence(key + "first", List.of(year(year), ReportValue.of(kind, current)));
        }
        BigDecimal change = Figure.change(current, previous);
        return new ReportSentence(key + direction(current.compareTo(previous)), List.of(year(year),
                ReportValue.of(kind, previous), ReportValue.of(kind, current), ReportValue.of(Kind.CHANGE, change),
                ReportValue.of(Kind.CHANGE_SIZE, change.abs())));
    }

    /** A ratio compared by the difference in percentage points. */
    static ReportSentence points(String subject, int year, BigDecimal previous, BigDecimal current) {
        String key = PREFIX + subject + ".";
        if (current == null) {
            return new ReportSentence(key + "missing", List.of(year(year)));
        }
        if (previous == null) {
            return new ReportSentence(key + "first", List.of(year(year), ReportValue.of(Kind.RATIO, current)));
        }
        BigDecimal difference = current.subtract(previous);
        return new ReportSentence(key + direction(difference.signum()), List.of(year(year),
                ReportValue.of(Kind.RATIO, previous), ReportValue.of(Kind.RATIO, current),
                ReportValue.of(Kind.POINTS, difference), ReportValue.of(Kind.POINTS_SIZE, difference.abs())));
    }

    /** Carriers (national and provincial ones named) and R&D platforms at the year's end. */
    static ReportSentence platforms(YearFigures now, List<AnnualReport.LevelRow> levels) {
        if (now.incubators() == 0 && now.labs() == 0) {
            return new ReportSentence(PREFIX + "platforms.missing", List.of(year(now.year())));
        }
        return new ReportSentence(PREFIX + "platforms", List.of(year(now.year()), count(now.incubators()),
                count(incubators(levels, RecognitionLevel.NATIONAL)), count(incubators(levels, RecognitionLevel.PROVINCIAL)),
                count(now.labs())));
    }

    private static long incubators(List<AnnualReport.LevelRow> levels, RecognitionLevel level) {
        return levels.stream().filter(l -> l.level() == level).mapToLong(AnnualReport.LevelRow::incubators).sum();
    }

    private static String direction(int sign) {
        return sign > 0 ? "up" : sign < 0 ? "down" : "same";
    }

    private static ReportValue year(int year) {
        return ReportValue.of(Kind.YEAR, year);
    }

    private static ReportValue count(long count) {
        return ReportValue.of(Kind.COUNT, count);
    }
}
