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

    /** Registered contracts counted in the roll-up for these regions, dates and (optional) type, by registration. */
    List<Map<String, Object>> contracts(Collection<String> regions, Perspective perspective, LocalDate from,
                                        LocalDate to, String type, int offset, int limit);

    long countContracts(Collection<String> regions, Perspective perspective, LocalDate from, LocalDate to, String type);

    /** Certificates of the regions' enterprises in force on 31 December of {@code year} or with an event that year. */
    List<Map<String, Object>> certifications(Collection<String> regions, int year, int offset, int limit);

    long countCertifications(Collection<String> regions, int year);

    List<Map<String, Object>> statisticRows(Collection<String> regions, int year);

    List<Map<String, Object>> platformRows(Collection<String> regions, int offset, int limit);

    long countPlatforms(Collection<String> regions);

    List<Map<String, Object>> programRows(Collection<String> regions, int year, int offset, int limit);

    long countPrograms(Collection<String> regions, int year);

    /** High-tech applications per batch year of the regions' enterprises (by the district applied from). */
    List<ApplicationCount> highTechApplications(Collection<String> regions, int from, int to);

    List<Map<String, Object>> applicationRows(Collection<String> regions, int year, int offset, int limit);

    long countApplications(Collection<String> regions, int year);
}
