package cn.kjj.platform.program;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DisbursementRepository extends JpaRepository<Disbursement, Long> {

    List<Disbursement> findByApplicationIdOrderByPaidOnAscIdAsc(Long applicationId);
}
