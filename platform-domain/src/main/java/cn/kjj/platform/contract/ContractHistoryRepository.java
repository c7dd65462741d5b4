package cn.kjj.platform.contract;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContractHistoryRepository extends JpaRepository<ContractHistoryEntry, Long> {

    /** Oldest first; the id breaks ties between steps of the same transaction. */
    List<ContractHistoryEntry> findByContractIdOrderByAtAscIdAsc(Long contractId);
}
