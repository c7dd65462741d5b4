package cn.kjj.platform.account;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    boolean existsByUsername(String username);

    boolean existsByExpertId(Long expertId);

    Optional<Account> findByExpertId(Long expertId);
}
