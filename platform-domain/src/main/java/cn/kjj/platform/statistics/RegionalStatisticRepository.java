package cn.kjj.platform.statistics;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RegionalStatisticRepository extends JpaRepository<RegionalStatistic, RegionalStatisticId> {

    Optional<RegionalStatistic> findByRegionCodeAndYear(String regionCode, int year);

    /** The rows of the districts in the years {@code from}..{@code to}, by district then year. */
    List<RegionalStatistic> findByRegionCodeInAndYearBetweenOrderByRegionCodeAscYearAsc(
            Collection<String> regionCodes, int from, int to);

    /** Every year of the districts, by district then year. */
    List<RegionalStatistic> findByRegionCodeInOrderByRegionCodeAscYearAsc(Collection<String> regionCodes);
}
