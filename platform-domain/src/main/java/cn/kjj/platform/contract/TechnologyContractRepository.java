package cn.kjj.platform.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface TechnologyContractRepository
        extends JpaRepository<TechnologyContract, Long>, JpaSpecificationExecutor<TechnologyContract> {

    Optional<TechnologyContract> findByRegistrationNo(String registrationNo);

    /**
     * The duplicate rule of index {@code technology_contract_duplicate_key} (same seller, buyer
     * credit code, signing date and amount as a contract not rejected), checked first so the
     * caller gets a clear 409; the index still decides under concurrency.
     */
    @Query("""
            select count(c) > 0 from TechnologyContract c
            where c.sellerId = ?1 and c.buyerCreditCode = ?2 and c.signedOn = ?3 and c.contractAmount = ?4
              and c.status <> cn.kjj.platform.contract.ContractStatus.REJECTED and c.id <> ?5""")
    boolean existsDuplicate(Long sellerId, String buyerCreditCode, LocalDate signedOn, BigDecimal contractAmount,
                            Long excludedId);

    /**
     * The contracts awaiting a decision whose limit runs over {@code day}: submitted before it
     * ({@code dayStart}, the day's first instant in the office's zone) and due on or after it.
     */
    @Query("""
            select c from TechnologyContract c
            where c.status in (cn.kjj.platform.contract.ContractStatus.SUBMITTED,
                               cn.kjj.platform.contract.ContractStatus.PENDING_SECOND_REVIEW)
              and c.dueOn >= ?1 and c.submittedAt < ?2""")
    List<TechnologyContract> findAwaitingOver(LocalDate day, Instant dayStart);
}
