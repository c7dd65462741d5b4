package cn.kjj.platform.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TechnologyContractRepository extends JpaRepository<TechnologyContract, Long> {

    Optional<TechnologyContract> findByRegistrationNo(String registrationNo);

    /**
     * The duplicate rule of index {@code technology_contract_duplicate_key}, checked first so the
     * caller gets a clear 409; the index still decides under concurrency. Only meaningful for a
     * buyer with a credit code: the index never matches a {@code null} one.
     */
    boolean existsBySellerIdAndBuyerCreditCodeAndSignedOnAndContractAmountAndStatusNot(
            Long sellerId, String buyerCreditCode, LocalDate signedOn, BigDecimal contractAmount, ContractStatus status);
}
