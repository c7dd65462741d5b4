package cn.kjj.platform.contract;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ContractChangeRepository extends JpaRepository<ContractChange, Long> {

    /** Oldest first. */
    List<ContractChange> findByContractIdOrderByRequestedAtAscIdAsc(Long contractId);

    Optional<ContractChange> findByIdAndContractId(Long id, Long contractId);

    List<ContractChange> findByContractIdAndStatus(Long contractId, ContractChangeStatus status);

    boolean existsByContractIdAndStatus(Long contractId, ContractChangeStatus status);

    /** The approvals that moved figures (changes, re-核定s), oldest first: what a withdrawal takes back. */
    @Query("""
            select c from ContractChange c where c.contractId = :contractId and c.status = 'APPROVED'
              and c.kind <> 'CANCEL' order by c.decision.decidedAt, c.id""")
    List<ContractChange> findApplied(@Param("contractId") Long contractId);

    /** The pending applications of contracts registered in these regions, oldest first (the officials' queue). */
    @Query("""
            select ch from ContractChange ch, TechnologyContract c
            where c.id = ch.contractId and ch.status = 'PENDING' and c.sellerRegionCode in :regions
            order by ch.requestedAt, ch.id""")
    List<ContractChange> findPendingIn(@Param("regions") Collection<String> regions);

    /** Every region's (an administrator's queue), oldest first. */
    @Query("select ch from ContractChange ch where ch.status = 'PENDING' order by ch.requestedAt, ch.id")
    List<ContractChange> findPendingEverywhere();
}
