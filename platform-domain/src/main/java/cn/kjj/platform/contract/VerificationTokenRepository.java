package cn.kjj.platform.contract;

import java.util.Optional;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Contracts by their verification token, and the token of a contract (decision 0033). */
public interface VerificationTokenRepository extends Repository<TechnologyContract, Long> {

    /** Only a registered (or since revoked) contract has a token: the schema's check says so too. */
    @Query("select c from TechnologyContract c where c.verificationToken = :token and c.registrationNo is not null")
    Optional<TechnologyContract> findRegistered(@Param("token") String token);

    /** The token; empty when the contract has none (never registered, or registered by another path). */
    @Query("select c.verificationToken from TechnologyContract c where c.id = :id")
    Optional<String> tokenOf(@Param("id") long contractId);

    /**
     * Gives a registered contract that has no token this one; a contract that has one keeps it (so two
     * at once agree on the first). Without version bump: the token is no change of the contract.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update TechnologyContract c set c.verificationToken = :token
            where c.id = :id and c.registrationNo is not null and c.verificationToken is null""")
    int issue(@Param("id") long contractId, @Param("token") String token);
}
