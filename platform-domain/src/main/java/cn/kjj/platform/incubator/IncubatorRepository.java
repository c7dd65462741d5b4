package cn.kjj.platform.incubator;

import cn.kjj.platform.region.RecognitionLevel;
import cn.kjj.platform.registry.RegistryRepository;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface IncubatorRepository extends RegistryRepository<Incubator> {

    /** The registry page: carriers in any of {@code regionCodes}; a {@code null} kind or level means any. */
    @Query("""
            select i from Incubator i
            where i.details.regionCode in :regionCodes
              and (:kind is null or i.details.kind = :kind)
              and (:level is null or i.details.level = :level)""")
    Page<Incubator> search(@Param("regionCodes") Collection<String> regionCodes, @Param("kind") IncubatorKind kind,
                           @Param("level") RecognitionLevel level, Pageable pageable);

    /** Every carrier in the regions, for counts by kind and level (innovation-platforms indicator). */
    @Query("select i from Incubator i where i.details.regionCode in :regionCodes")
    List<Incubator> findByRegionCodeIn(@Param("regionCodes") Collection<String> regionCodes);
}
