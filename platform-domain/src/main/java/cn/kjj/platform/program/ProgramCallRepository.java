package cn.kjj.platform.program;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ProgramCallRepository extends JpaRepository<ProgramCall, Long> {

    List<ProgramCall> findByProgramIdOrderByOpensOnDescIdDesc(Long programId);

    /** The calls taking applications on {@code day}, closing soonest first. */
    @Query("select c from ProgramCall c where c.closedAt is null and c.opensOn <= :day and c.closesOn >= :day "
            + "order by c.closesOn, c.id")
    List<ProgramCall> findOpenOn(@Param("day") LocalDate day);

    /** The call of an application, locked until the transaction ends (after its program's: always in that order). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from ProgramCall c where c.id = (select a.callId from ProgramApplication a where a.id = :id)")
    Optional<ProgramCall> findByApplicationIdForUpdate(@Param("id") Long applicationId);
}
