package cn.kjj.platform.indicator;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reads for the indicators that come straight from small registries, summed per year; the records behind their
 * points: {@link LineageSource}.
 */
public interface IndicatorSource {

    List<StatisticSum> statistics(Collection<String> regions, int from, int to);

    List<PlatformCount> platforms(Collection<String> regions);

    List<FundingRow> funding(Collection<String> regions, int from, int to);

    /** Technology SMEs registered in the regions per year, {@code year -> count}, for the years that have any. */
    Map<Integer, Long> techSmes(Collection<String> regions, int from, int to);

    /** Per year of the range: demands published, demands first matched, contracts signed from meetings and their turnover. */
    List<MatchingYear> matching(Collection<String> regions, int from, int to);

    /** High-tech applications per batch year of the regions' enterprises (by the district applied from). */
    List<ApplicationCount> highTechApplications(Collection<String> regions, int from, int to);

    /**
     * Per year of the range that has any: the enterprises of the regions with a high-tech certificate in force on
     * 31 December, how many reported figures for the year, and the sums of their figures.
     */
    List<FiguresYear> highTechFigures(Collection<String> regions, int from, int to);

    /**
     * Per year of the range that has any: the regions' enterprises whose figures of the year say above scale
     * (规上) and whose industry is known and not one of {@code serviceIndustries}, and how many of them host an
     * R&D platform (lab) recognised by 31 December (or without a recognition date).
     */
    List<CoverageYear> rdPlatformCoverage(Collection<String> regions, int from, int to,
                                          Collection<String> serviceIndustries);

    /** Per year of the range that has any: the regions' enterprises that reported figures, and their sums. */
    List<FiguresYear> enterpriseFigures(Collection<String> regions, int from, int to);
}
