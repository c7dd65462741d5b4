package cn.kjj.platform.program;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VoucherHistoryRepository extends JpaRepository<VoucherHistoryEntry, Long> {

    List<VoucherHistoryEntry> findByVoucherIdOrderByAtAscIdAsc(Long voucherId);
}
