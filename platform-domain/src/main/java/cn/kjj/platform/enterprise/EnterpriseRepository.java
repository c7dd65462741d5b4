package cn.kjj.platform.enterprise;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EnterpriseRepository extends JpaRepository<Enterprise, Long> {

    Optional<Enterprise> findByCreditCode(String creditCode);

    boolean existsByCreditCode(String creditCode);

    /** For an update: whether another enterprise already holds this code. */
    boolean existsByCreditCodeAndIdNot(String creditCode, Long id);
}
