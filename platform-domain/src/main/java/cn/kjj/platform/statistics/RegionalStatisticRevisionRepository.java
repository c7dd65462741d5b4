package cn.kjj.platform.statistics;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Append-only on purpose: revisions can be added and read, never changed or deleted. */
public interface RegionalStatisticRevisionRepository extends Repository<RegionalStatisticRevision, Long> {

    RegionalStatisticRevision save(RegionalStatisticRevision revision);

    /** Earlier figures of a district and year, oldest first; the current ones are in {@link RegionalStatistic}. */
    List<RegionalStatisticRevision> findByRegionCodeAndYearOrderByRevisedAtAscIdAsc(String regionCode, int year);
}
