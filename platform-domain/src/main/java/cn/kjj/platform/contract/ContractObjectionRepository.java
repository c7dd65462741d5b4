package cn.kjj.platform.contract;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ContractObjectionRepository extends JpaRepository<ContractObjection, Long> {

    /** Oldest first. */
    List<ContractObjection> findByContractIdOrderByRaisedAtAscIdAsc(Long contractId);

    Optional<ContractObjection> findByIdAndContractId(Long id, Long contractId);

    /** The open objections to contracts registered in these regions, oldest first (the officials' queue). */
    @Query("""
            select o from ContractObjection o, TechnologyContract c
            where c.id = o.contractId and o.status = 'OPEN' and c.sellerRegionCode in :regions
            order by o.raisedAt, o.id""")
    List<ContractObjection> findOpenIn(@Param("regions") Collection<String> regions);

    /** Every region's (an administrator's queue), oldest first. */
    @Query("select o from ContractObjection o where o.status = 'OPEN' order by o.raisedAt, o.id")
    List<ContractObjection> findOpenEverywhere();
}
