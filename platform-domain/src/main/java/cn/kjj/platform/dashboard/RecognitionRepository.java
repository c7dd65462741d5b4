package cn.kjj.platform.dashboard;

import cn.kjj.platform.incubator.Incubator;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Incubation carriers and R&D platforms counted by level and year of recognition: a few rows per
 * region, from which {@link RecognizedPlatforms} tells how many were recognised by any year's end.
 * Each row is {@code [RecognitionLevel level, Integer year (null when unknown), Long count]}.
 */
public interface RecognitionRepository extends Repository<Incubator, Long> {

    @Query("""
            select i.details.level, year(i.details.recognizedOn), count(i) from Incubator i
            where i.details.regionCode in :codes group by i.details.level, year(i.details.recognizedOn)""")
    List<Object[]> incubators(@Param("codes") Collection<String> codes);

    @Query("""
            select l.details.level, year(l.details.recognizedOn), count(l) from Lab l
            where l.details.regionCode in :codes group by l.details.level, year(l.details.recognizedOn)""")
    List<Object[]> labs(@Param("codes") Collection<String> codes);
}
