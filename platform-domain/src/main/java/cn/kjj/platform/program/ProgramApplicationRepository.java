package cn.kjj.platform.program;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ProgramApplicationRepository extends JpaRepository<ProgramApplication, Long> {

    /** The application, locked until the transaction ends, so that two tranches are booked one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from ProgramApplication a where a.id = :id")
    Optional<ProgramApplication> findByIdForUpdate(@Param("id") Long id);

    /** Whether another application of the call is in one of the statuses (a rival still in the race). */
    boolean existsByCallIdAndIdNotAndStatusIn(Long callId, Long id, Collection<ApplicationStatus> statuses);

    /** An enterprise's own applications, newest first. */
    List<ProgramApplication> findByEnterpriseIdOrderByCreatedAtDescIdDesc(Long enterpriseId);

    /**
     * Applications to programs of the regions (every region when {@code everyRegion}; the codes must then still
     * be a non-empty collection), in any of the statuses, of one call or program
     * when given (the officials' queue, a call's list).
     */
    @Query("""
            select a from ProgramApplication a, Program p
            where p.id = a.programId and (:everyRegion = true or p.details.regionCode in :regionCodes)
              and a.status in :statuses
              and (:programId is null or a.programId = :programId)
              and (:callId is null or a.callId = :callId)""")
    Page<ProgramApplication> search(@Param("everyRegion") boolean everyRegion,
                                    @Param("regionCodes") Collection<String> regionCodes,
                                    @Param("statuses") Collection<ApplicationStatus> statuses,
                                    @Param("programId") Long programId, @Param("callId") Long callId,
                                    Pageable pageable);
}
