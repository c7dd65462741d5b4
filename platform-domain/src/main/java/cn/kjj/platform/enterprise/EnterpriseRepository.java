package cn.kjj.platform.enterprise;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface EnterpriseRepository extends JpaRepository<Enterprise, Long>, JpaSpecificationExecutor<Enterprise> {

    Optional<Enterprise> findByCreditCode(String creditCode);

    boolean existsByCreditCode(String creditCode);

    /** For an update: whether another enterprise already holds this code. */
    boolean existsByCreditCodeAndIdNot(String creditCode, Long id);

    /**
     * The enterprise, locked until the transaction ends, so that two certifications of the same
     * enterprise are checked against each other one after the other.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Enterprise e where e.id = :id")
    Optional<Enterprise> findByIdForUpdate(@Param("id") Long id);
}
