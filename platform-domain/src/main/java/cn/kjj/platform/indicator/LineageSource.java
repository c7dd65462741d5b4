package cn.kjj.platform.indicator;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The records a series point is made of, a page at a time, and how many there are (counted up to a cap where the
 * count grows with the data, decision 0048; a contract-turnover point's count is the roll-ups', decision 0055).
 */
public interface LineageSource {

    /**
     * Registered contracts counted in the roll-ups for these regions and dates, in the {@code group} of dimension
     * {@code by} (both null: every one), by registration.
     */
    List<Map<String, Object>> contracts(Collection<String> regions, Perspective perspective, LocalDate from,
                                        LocalDate to, TurnoverDimension by, String group, int offset, int limit);

    /** Certificates of the regions' enterprises in force on 31 December of {@code year} or with an event that year. */
    List<Map<String, Object>> certifications(Collection<String> regions, int year, int offset, int limit);

    /** How many of them, counted up to {@code upTo}. */
    long countCertifications(Collection<String> regions, int year, long upTo);

    List<Map<String, Object>> statisticRows(Collection<String> regions, int year);

    List<Map<String, Object>> platformRows(Collection<String> regions, int offset, int limit);

    long countPlatforms(Collection<String> regions);

    List<Map<String, Object>> programRows(Collection<String> regions, int year, int offset, int limit);

    long countPrograms(Collection<String> regions, int year);

    List<Map<String, Object>> techSmeRows(Collection<String> regions, int year, int offset, int limit);

    /** The brokered meetings behind a year's figures: first meetings that year, or contracts registered that year. */
    List<Map<String, Object>> matchmakingRows(Collection<String> regions, int year, int offset, int limit);

    /** How many of them, counted up to {@code upTo}. */
    long countMatchmakings(Collection<String> regions, int year, long upTo);

    List<Map<String, Object>> applicationRows(Collection<String> regions, int year, int offset, int limit);

    /** How many of them, counted up to {@code upTo}. */
    long countApplications(Collection<String> regions, int year, long upTo);

    /** The high-tech enterprises of a year with their figures (null where none reported). */
    List<Map<String, Object>> highTechFigureRows(Collection<String> regions, int year, int offset, int limit);

    /** The above-scale industrial enterprises of a year, each with its platforms' count. */
    List<Map<String, Object>> coverageRows(Collection<String> regions, int year, Collection<String> serviceIndustries,
                                           int offset, int limit);

    /** The enterprises' figures of a year (R&D expense and its domestic part). */
    List<Map<String, Object>> figureRows(Collection<String> regions, int year, int offset, int limit);

    long countFigures(Collection<String> regions, int year);
}
