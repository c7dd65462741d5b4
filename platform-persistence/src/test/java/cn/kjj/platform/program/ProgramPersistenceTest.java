package cn.kjj.platform.program;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.PersistenceTest;
import cn.kjj.platform.SqlFixtures;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

@PersistenceTest
class ProgramPersistenceTest {

    private static final Instant NOW = Instant.parse("2023-03-01T08:00:00Z");

    @Autowired
    ProgramRepository programs;

    @Autowired
    ProgramAwardRepository awards;

    @Autowired
    SqlFixtures sql;

    @Autowired
    EntityManager entityManager;

    @Test
    void aProgramAndItsAwardComeBackAsTheyWereSaved() {
        long enterpriseId = sql.enterprise(SqlFixtures.CODE_A);
        Program program = programs.saveAndFlush(new Program(new ProgramDetails("2023年江海区科技创新券",
                ProgramKind.INNOVATION_VOUCHER, "440704", 2023, new BigDecimal("2000000"), "面向中小企业"), NOW));
        ProgramAward award = awards.save(program.award(enterpriseId, new BigDecimal("200000.5"),
                LocalDate.of(2023, 6, 30), "首批", NOW.plusSeconds(60)));
        programs.flush();
        entityManager.clear();

        Program loadedProgram = programs.findById(program.getId()).orElseThrow();
        ProgramAward loadedAward = awards.findById(award.getId()).orElseThrow();

        assertThat(loadedProgram.getName()).isEqualTo("2023年江海区科技创新券");
        assertThat(loadedProgram.getKind()).isEqualTo(ProgramKind.INNOVATION_VOUCHER);
        assertThat(loadedProgram.getYear()).isEqualTo(2023);
        assertThat(loadedProgram.getBudget()).isEqualTo(new BigDecimal("2000000.00"));
        assertThat(loadedProgram.getAwardedTotal()).isEqualTo(new BigDecimal("200000.50"));
        assertThat(loadedProgram.getDescription()).isEqualTo("面向中小企业");
        assertThat(loadedProgram.getVersion()).isEqualTo(1);
        assertThat(loadedProgram.getUpdatedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(loadedAward.getProgramId()).isEqualTo(program.getId());
        assertThat(loadedAward.getEnterpriseId()).isEqualTo(enterpriseId);
        assertThat(loadedAward.getAmount()).isEqualTo(new BigDecimal("200000.50"));
        assertThat(loadedAward.getAwardedOn()).isEqualTo(LocalDate.of(2023, 6, 30));
        assertThat(loadedAward.getNote()).isEqualTo("首批");
        assertThat(awards.findByProgramIdOrderByAwardedOnAscIdAsc(program.getId())).hasSize(1);
        assertThat(awards.findByEnterpriseIdOrderByAwardedOnDescIdDesc(enterpriseId)).hasSize(1);
    }

    @Test
    void aProgramIsFoundForUpdateAndByRegionAndYears() {
        Program program = programs.saveAndFlush(new Program(new ProgramDetails("人才项目", ProgramKind.TALENT, "440704",
                2022, new BigDecimal("500000"), null), NOW));
        entityManager.clear();

        assertThat(programs.findByIdForUpdate(program.getId())).isPresent();
        assertThat(programs.findByRegionCodeInAndYearBetweenOrderByYearAscIdAsc(Set.of("440704"), 2020, 2022))
                .extracting(Program::getId).containsExactly(program.getId());
        assertThat(programs.findByRegionCodeInAndYearBetweenOrderByYearAscIdAsc(Set.of("440704"), 2023, 2024))
                .isEmpty();
        assertThat(programs.search(Set.of("440704"), ProgramKind.TALENT, 2022, Pageable.unpaged()))
                .hasSize(1);
        assertThat(programs.search(Set.of("440704"), null, 2023, Pageable.unpaged()))
                .isEmpty();
    }
}
