package cn.kjj.platform.contract;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ContractHistoryRepository extends JpaRepository<ContractHistoryEntry, Long> {

    /** Oldest first; the id breaks ties between steps of the same transaction. */
    List<ContractHistoryEntry> findByContractIdOrderByAtAscIdAsc(Long contractId);

    /**
     * For each of the contracts, the reason of its newest entry that has one (newest by time, the
     * id breaking ties), in one query; contracts without any reason are left out.
     */
    @Query("""
            select new cn.kjj.platform.contract.ContractReason(h.contractId, h.reason)
            from ContractHistoryEntry h
            where h.contractId in :ids and h.reason is not null
              and h.id = (select max(h2.id) from ContractHistoryEntry h2
                          where h2.contractId = h.contractId and h2.reason is not null
                            and h2.at = (select max(h3.at) from ContractHistoryEntry h3
                                         where h3.contractId = h.contractId and h3.reason is not null))
            """)
    List<ContractReason> findLatestReasons(@Param("ids") Collection<Long> contractIds);
}
