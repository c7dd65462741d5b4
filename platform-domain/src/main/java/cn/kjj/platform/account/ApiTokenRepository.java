package cn.kjj.platform.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    List<ApiToken> findByAccountIdOrderByCreatedAtDesc(Long accountId);

    Optional<ApiToken> findByIdAndAccountId(Long id, Long accountId);
}
