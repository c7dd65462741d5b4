package cn.kjj.platform.incubator;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.PersistenceTest;
import cn.kjj.platform.region.RecognitionLevel;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

@PersistenceTest
class IncubatorPersistenceTest {

    private static final Instant NOW = Instant.parse("2023-03-01T08:00:00.123456Z");

    @Autowired
    IncubatorRepository incubators;

    @Autowired
    EntityManager entityManager;

    @Test
    void anIncubatorComesBackAsItWasSaved() {
        Incubator saved = incubators.saveAndFlush(new Incubator(new IncubatorDetails("江门市江海区科技企业孵化器",
                IncubatorKind.INCUBATOR, RecognitionLevel.NATIONAL, "440704", "江门高新区投资有限公司",
                new BigDecimal("120000.5"), 86, 23, LocalDate.of(2018, 12, 10)), NOW));
        entityManager.clear();

        Incubator loaded = incubators.findById(saved.getId()).orElseThrow();

        assertThat(loaded.getName()).isEqualTo("江门市江海区科技企业孵化器");
        assertThat(loaded.getKind()).isEqualTo(IncubatorKind.INCUBATOR);
        assertThat(loaded.getLevel()).isEqualTo(RecognitionLevel.NATIONAL);
        assertThat(loaded.getRegionCode()).isEqualTo("440704");
        assertThat(loaded.getOperator()).isEqualTo("江门高新区投资有限公司");
        assertThat(loaded.getAreaSqm()).isEqualTo(new BigDecimal("120000.50"));
        assertThat(loaded.getTenantCount()).isEqualTo(86);
        assertThat(loaded.getGraduatedCount()).isEqualTo(23);
        assertThat(loaded.getRecognizedOn()).isEqualTo(LocalDate.of(2018, 12, 10));
        assertThat(loaded.getCreatedAt()).isEqualTo(NOW);
        assertThat(loaded.getUpdatedAt()).isEqualTo(NOW);
        assertThat(loaded.getVersion()).isZero();
    }

    @Test
    void anUpdateRaisesTheVersion() {
        Incubator saved = incubators.saveAndFlush(new Incubator(details("A", IncubatorKind.MAKERSPACE), NOW));
        saved.update(details("B", IncubatorKind.MAKERSPACE), NOW.plusSeconds(60));
        incubators.flush();
        entityManager.clear();

        Incubator loaded = incubators.findById(saved.getId()).orElseThrow();

        assertThat(loaded.getName()).isEqualTo("B");
        assertThat(loaded.getVersion()).isEqualTo(1);
        assertThat(loaded.getUpdatedAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void theSearchFiltersByRegionsKindAndLevel() {
        incubators.save(new Incubator(details("孵化器甲", IncubatorKind.INCUBATOR), NOW));
        incubators.save(new Incubator(details("众创空间乙", IncubatorKind.MAKERSPACE), NOW));
        incubators.flush();

        Page<Incubator> all = incubators.search(Set.of("440703", "440704"), null, null, PageRequest.of(0, 10));
        Page<Incubator> makerspaces = incubators.search(Set.of("440704"), IncubatorKind.MAKERSPACE,
                RecognitionLevel.PROVINCIAL, PageRequest.of(0, 10));
        Page<Incubator> national = incubators.search(Set.of("440704"), null, RecognitionLevel.NATIONAL,
                PageRequest.of(0, 10));
        List<Incubator> elsewhere = incubators.findByRegionCodeIn(Set.of("440705"));

        assertThat(all.getTotalElements()).isEqualTo(2);
        assertThat(makerspaces.getContent()).extracting(Incubator::getName).containsExactly("众创空间乙");
        assertThat(national.getContent()).isEmpty();
        assertThat(elsewhere).isEmpty();
    }

    private static IncubatorDetails details(String name, IncubatorKind kind) {
        return new IncubatorDetails(name, kind, RecognitionLevel.PROVINCIAL, "440704", null, null, null, null, null);
    }
}
