package cn.kjj.platform.program;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgramReviewRepository extends JpaRepository<ProgramReview, Long> {

    List<ProgramReview> findByApplicationIdOrderByIdAsc(Long applicationId);

    List<ProgramReview> findByApplicationIdIn(Collection<Long> applicationIds);

    Optional<ProgramReview> findByIdAndApplicationId(Long id, Long applicationId);

    boolean existsByApplicationIdAndExpertId(Long applicationId, Long expertId);
}
