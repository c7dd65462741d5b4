package cn.kjj.platform.program;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApplicationHistoryRepository extends JpaRepository<ApplicationHistoryEntry, Long> {

    List<ApplicationHistoryEntry> findByApplicationIdOrderByAtAscIdAsc(Long applicationId);
}
