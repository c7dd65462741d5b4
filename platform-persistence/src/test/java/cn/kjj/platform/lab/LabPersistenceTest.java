package cn.kjj.platform.lab;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.PersistenceTest;
import cn.kjj.platform.SqlFixtures;
import cn.kjj.platform.region.RecognitionLevel;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@PersistenceTest
class LabPersistenceTest {

    private static final Instant NOW = Instant.parse("2023-06-30T02:00:00Z");

    @Autowired
    LabRepository labs;

    @Autowired
    SqlFixtures sql;

    @Autowired
    EntityManager entityManager;

    @Test
    void aLabHostedByAnEnterpriseComesBackAsItWasSaved() {
        long enterpriseId = sql.enterprise(SqlFixtures.CODE_A);
        Lab saved = labs.saveAndFlush(new Lab(new LabDetails("江门市智能装备工程技术研究中心",
                LabKind.ENGINEERING_TECHNOLOGY_CENTER, RecognitionLevel.PROVINCIAL, "440704", enterpriseId,
                "五邑大学", LocalDate.of(2023, 5, 18)), NOW));
        entityManager.clear();

        Lab loaded = labs.findById(saved.getId()).orElseThrow();

        assertThat(loaded.getDetails()).isEqualTo(new LabDetails("江门市智能装备工程技术研究中心",
                LabKind.ENGINEERING_TECHNOLOGY_CENTER, RecognitionLevel.PROVINCIAL, "440704", enterpriseId, "五邑大学",
                LocalDate.of(2023, 5, 18)));
        assertThat(loaded.getCreatedAt()).isEqualTo(NOW);
        assertThat(loaded.getVersion()).isZero();
        assertThat(labs.findByHostEnterpriseIdOrderByNameAsc(enterpriseId)).extracting(Lab::getId)
                .containsExactly(saved.getId());
    }

    @Test
    void aLabHostedByAnInstitutionOnlyIsFoundByKindAndLevel() {
        labs.saveAndFlush(new Lab(new LabDetails("江门市重点实验室", LabKind.KEY_LABORATORY, RecognitionLevel.MUNICIPAL,
                "440704", null, "五邑大学", null), NOW));
        entityManager.clear();

        assertThat(labs.search(Set.of("440704"), LabKind.KEY_LABORATORY, RecognitionLevel.MUNICIPAL,
                PageRequest.of(0, 20)).getContent()).extracting(Lab::getHostInstitution).containsExactly("五邑大学");
        assertThat(labs.search(Set.of("440704"), LabKind.ACADEMICIAN_WORKSTATION, null, PageRequest.of(0, 20)))
                .isEmpty();
    }
}
