package cn.kjj.platform.program;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgramAwardRepository extends JpaRepository<ProgramAward, Long> {

    Page<ProgramAward> findByProgramId(Long programId, Pageable pageable);

    /** What one enterprise received from a program: all an enterprise account may see of its awards. */
    Page<ProgramAward> findByProgramIdAndEnterpriseId(Long programId, Long enterpriseId, Pageable pageable);

    List<ProgramAward> findByProgramIdOrderByAwardedOnAscIdAsc(Long programId);

    /** What an enterprise received, newest first, for its detail page. */
    List<ProgramAward> findByEnterpriseIdOrderByAwardedOnDescIdDesc(Long enterpriseId);
}
