package cn.kjj.platform.indicator;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Reads for the indicators that come straight from small registries, and lineage of every point. */
public interface IndicatorSource {

    List<StatisticSum> statistics(Collection<String> regions, int from, int to);

    List<PlatformCount> platforms(Collection<String> regions);

    List<FundingRow> funding(Collection<String> regions, int from, int to);

    /**
     * Registered contracts counted in the roll-ups for these regions and dates, in the {@code group} of dimension
     * {@code by} (both null: every one), by registration.
     */
    List<Map<String, Object>> contracts(Collection<String> regions, Perspective perspective, LocalDate from,
                                        LocalDate to, TurnoverDimension by, String group, int offset, int limit);

    /** How many of them, counted up to {@code upTo} (the lineage's cap, decision 0048): at most {@code upTo}. */
    long countContracts(Collection<String> regions, Perspective perspective, LocalDate from, LocalDate to,
                        TurnoverDimension by, String group, long upTo);

    /** Certificates of the regions' enterprises in force on 31 December of {@code year} or with an event that year. */
    List<Map<String, Object>> certifications(Collection<String> regions, int year, int offset, int limit);

    /** How many of them, counted up to {@code upTo}. */
    long countCertifications(Collection<String> regions, int year, long upTo);

    List<Map<String, Object>> statisticRows(Collection<String> regions, int year);

    List<Map<String, Object>> platformRows(Collection<String> regions, int offset, int limit);

    long countPlatforms(Collection<String> regions);

    List<Map<String, Object>> programRows(Collection<String> regions, int year, int offset, int limit);

    long countPrograms(Collection<String> regions, int year);

    /** Technology SMEs registered in the regions per year, {@code year -> count}, for the years that have any. */
    Map<Integer, Long> techSmes(Collection<String> regions, int from, int to);

    List<Map<String, Object>> techSmeRows(Collection<String> regions, int year, int offset, int limit);

    /** Per year of the range: demands published, demands first matched, contracts signed from meetings and their turnover. */
    List<MatchingYear> matching(Collection<String> regions, int from, int to);

    /** The brokered meetings behind a year's figures: first meetings that year, or contracts registered that year. */
    List<Map<String, Object>> matchmakingRows(Collection<String> regions, int year, int offset, int limit);

    /** How many of them, counted up to {@code upTo}. */
    long countMatchmakings(Collection<String> regions, int year, long upTo);

    /** High-tech applications per batch year of the regions' enterprises (by the district applied from). */
    List<ApplicationCount> highTechApplications(Collection<String> regions, int from, int to);

    List<Map<String, Object>> applicationRows(Collection<String> regions, int year, int offset, int limit);

    /** How many of them, counted up to {@code upTo}. */
    long countApplications(Collection<String> regions, int year, long upTo);

    /**
     * Per year of the range that has any: the enterprises of the regions with a high-tech certificate in force on
     * 31 December, how many reported figures for the year, and the sums of their figures.
     */
    List<FiguresYear> highTechFigures(Collection<String> regions, int from, int to);

    /** The high-tech enterprises of a year with their figures (null where none reported). */
    List<Map<String, Object>> highTechFigureRows(Collection<String> regions, int year, int offset, int limit);

    /**
     * Per year of the range that has any: the regions' enterprises whose figures of the year say above scale
     * (规上) and whose industry is known and not one of {@code serviceIndustries}, and how many of them host an
     * R&D platform (lab) recognised by 31 December (or without a recognition date).
     */
    List<CoverageYear> rdPlatformCoverage(Collection<String> regions, int from, int to,
                                          Collection<String> serviceIndustries);

    /** The above-scale industrial enterprises of a year, each with its platforms' count. */
    List<Map<String, Object>> coverageRows(Collection<String> regions, int year, Collection<String> serviceIndustries,
                                           int offset, int limit);

    /** Per year of the range that has any: the regions' enterprises that reported figures, and their sums. */
    List<FiguresYear> enterpriseFigures(Collection<String> regions, int from, int to);

    /** The enterprises' figures of a year (R&D expense and its domestic part). */
    List<Map<String, Object>> figureRows(Collection<String> regions, int year, int offset, int limit);

    long countFigures(Collection<String> regions, int year);
}
