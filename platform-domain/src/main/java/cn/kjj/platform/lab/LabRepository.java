package cn.kjj.platform.lab;

import cn.kjj.platform.region.RecognitionLevel;
import cn.kjj.platform.registry.RegistryRepository;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface LabRepository extends RegistryRepository<Lab> {

    /** The registry page: platforms in any of {@code regionCodes}; a {@code null} kind or level means any. */
    @Query("""
            select l from Lab l
            where l.details.regionCode in :regionCodes
              and (:kind is null or l.details.kind = :kind)
              and (:level is null or l.details.level = :level)""")
    Page<Lab> search(@Param("regionCodes") Collection<String> regionCodes, @Param("kind") LabKind kind,
                     @Param("level") RecognitionLevel level, Pageable pageable);

    /** The platforms an enterprise hosts, for its detail page. */
    @Query("select l from Lab l where l.details.hostEnterpriseId = :host order by l.details.name")
    List<Lab> findByHostEnterpriseIdOrderByNameAsc(@Param("host") Long hostEnterpriseId);
}
