package cn.kjj.platform.enterprise;

import cn.kjj.platform.registry.RegistryRepository;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface EnterpriseRepository extends RegistryRepository<Enterprise> {

    Optional<Enterprise> findByCreditCode(String creditCode);

    /**
     * The enterprise, locked until the transaction ends, so that two certifications of the same
     * enterprise are checked against each other one after the other.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Enterprise e where e.id = :id")
    Optional<Enterprise> findByIdForUpdate(@Param("id") Long id);
}
