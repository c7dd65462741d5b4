package cn.kjj.platform.enterprise;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface HighTechApplicationRepository extends JpaRepository<HighTechApplication, Long> {

    boolean existsByEnterpriseIdAndBatchYear(Long enterpriseId, Integer batchYear);

    Optional<HighTechApplication> findByEnterpriseIdAndBatchYear(Long enterpriseId, Integer batchYear);

    java.util.List<HighTechApplication> findByEnterpriseIdOrderByBatchYearDesc(Long enterpriseId);

    /** Applications in the regions given (all when {@code every}), of a batch year and status when given. */
    @Query("""
            select a from HighTechApplication a
            where (:every = true or a.regionCode in :regions)
              and (:enterpriseId is null or a.enterpriseId = :enterpriseId)
              and (:batchYear is null or a.batchYear = :batchYear)
              and (:status is null or a.status = :status)""")
    Page<HighTechApplication> search(@Param("every") boolean every, @Param("regions") Collection<String> regions,
                                     @Param("enterpriseId") Long enterpriseId,
                                     @Param("batchYear") Integer batchYear,
                                     @Param("status") HighTechApplicationStatus status, Pageable pageable);
}
