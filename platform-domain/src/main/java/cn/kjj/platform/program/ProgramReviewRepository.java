package cn.kjj.platform.program;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ProgramReviewRepository extends JpaRepository<ProgramReview, Long> {

    List<ProgramReview> findByApplicationIdOrderByIdAsc(Long applicationId);

    List<ProgramReview> findByApplicationIdIn(Collection<Long> applicationIds);

    Optional<ProgramReview> findByIdAndApplicationId(Long id, Long applicationId);

    boolean existsByApplicationIdAndExpertId(Long applicationId, Long expertId);

    /** The reviews assigned to the expert an EXPERT account is bound to, newest first (decision 0042). */
    @Query(value = """
            select r.* from program_review r join account a on a.expert_id = r.expert_id
            where a.id = :accountId order by r.assigned_at desc, r.id desc""", nativeQuery = true)
    List<ProgramReview> findAssignedTo(@Param("accountId") long accountId);

    /** One review, if it is assigned to the expert the account is bound to. */
    @Query(value = """
            select r.* from program_review r join account a on a.expert_id = r.expert_id
            where a.id = :accountId and r.id = :reviewId""", nativeQuery = true)
    Optional<ProgramReview> findAssignedTo(@Param("accountId") long accountId, @Param("reviewId") long reviewId);
}
