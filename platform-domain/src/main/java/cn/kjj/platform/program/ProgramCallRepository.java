package cn.kjj.platform.program;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ProgramCallRepository extends JpaRepository<ProgramCall, Long> {

    List<ProgramCall> findByProgramIdOrderByOpensOnDescIdDesc(Long programId);

    /** The call of an application, locked until the transaction ends (after its program's: always in that order). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from ProgramCall c where c.id = (select a.callId from ProgramApplication a where a.id = :id)")
    Optional<ProgramCall> findByApplicationIdForUpdate(@Param("id") Long applicationId);
}
