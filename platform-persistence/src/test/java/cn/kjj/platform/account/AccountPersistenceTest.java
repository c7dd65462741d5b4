package cn.kjj.platform.account;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.PersistenceTest;
import cn.kjj.platform.identity.Role;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PersistenceTest
class AccountPersistenceTest {

    private static final Instant NOW = Instant.parse("2023-03-01T08:00:00Z");

    @Autowired
    AccountRepository accounts;

    @Autowired
    EntityManager entityManager;

    @Test
    void anAccountAndItsRolesArrayComeBackAsTheyWereSaved() {
        Account saved = accounts.saveAndFlush(new Account("official.city", "{noop}secret", "江门市科技局审核员",
                EnumSet.of(Role.OFFICIAL, Role.ANALYST), "440700", null, NOW));
        entityManager.clear();

        Account loaded = accounts.findByUsername("official.city").orElseThrow();

        assertThat(loaded.getId()).isEqualTo(saved.getId());
        assertThat(loaded.getRoles()).containsExactlyInAnyOrder(Role.OFFICIAL, Role.ANALYST);
        assertThat(loaded.getDisplayName()).isEqualTo("江门市科技局审核员");
        assertThat(loaded.getRegionCode()).isEqualTo("440700");
        assertThat(loaded.getEnterpriseId()).isNull();
        assertThat(loaded.isEnabled()).isTrue();
        assertThat(loaded.getFailedLogins()).isZero();
        assertThat(loaded.getCreatedAt()).isEqualTo(NOW);
        assertThat(loaded.getVersion()).isZero();
        assertThat(entityManager.createNativeQuery(
                "select array_to_string(roles, ',') from account where username = 'official.city'")
                .getSingleResult()).isEqualTo("OFFICIAL,ANALYST");
        assertThat(accounts.existsByUsername("official.city")).isTrue();
    }
}
