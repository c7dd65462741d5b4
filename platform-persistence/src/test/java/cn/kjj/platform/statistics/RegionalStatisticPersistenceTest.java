package cn.kjj.platform.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.PersistenceTest;
import cn.kjj.platform.SqlFixtures;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PersistenceTest
class RegionalStatisticPersistenceTest {

    private static final Instant RECORDED = Instant.parse("2023-03-01T08:00:00Z");
    private static final Instant REVISED = Instant.parse("2023-09-01T08:00:00Z");

    @Autowired
    RegionalStatisticRepository statistics;

    @Autowired
    RegionalStatisticRevisionRepository revisions;

    @Autowired
    SqlFixtures sql;

    @Autowired
    EntityManager entityManager;

    @Test
    void aStatisticComesBackAsItWasSaved() {
        statistics.saveAndFlush(new RegionalStatistic("440704", 2022, new BigDecimal("30000000000"),
                new BigDecimal("1713000000"), "江门市统计局", null, RECORDED));
        entityManager.clear();

        RegionalStatistic loaded = statistics.findById(new RegionalStatisticId("440704", 2022)).orElseThrow();

        assertThat(loaded.getRegionCode()).isEqualTo("440704");
        assertThat(loaded.getYear()).isEqualTo(2022);
        assertThat(loaded.getGdp()).isEqualTo(new BigDecimal("30000000000.00"));
        assertThat(loaded.getRdExpenditure()).isEqualTo(new BigDecimal("1713000000.00"));
        assertThat(loaded.getSource()).isEqualTo("江门市统计局");
        assertThat(loaded.getUpdatedAt()).isEqualTo(RECORDED);
        assertThat(loaded.getUpdatedBy()).isNull();
        assertThat(loaded.getVersion()).isZero();
        assertThat(loaded.isNew()).isFalse();
        assertThat(loaded.getRdExpenditure().divide(loaded.getGdp())).isEqualByComparingTo("0.0571");
    }

    @Test
    void aRevisionUpdatesTheRowAndAppendsTheFiguresItReplaced() {
        long officialId = sql.account("official.jianghai", "{OFFICIAL}", "440704");
        statistics.saveAndFlush(new RegionalStatistic("440704", 2022, new BigDecimal("30000000000"),
                new BigDecimal("1713000000"), "江门市统计局", null, RECORDED));
        entityManager.clear();

        RegionalStatistic statistic = statistics.findByRegionCodeAndYear("440704", 2022).orElseThrow();
        statistic.revise(new BigDecimal("31000000000.00"), new BigDecimal("1800000000.00"), "江门统计年鉴2023",
                officialId, REVISED).ifPresent(revisions::save);
        statistics.flush();
        entityManager.clear();

        RegionalStatistic loaded = statistics.findByRegionCodeAndYear("440704", 2022).orElseThrow();
        List<RegionalStatisticRevision> history =
                revisions.findByRegionCodeAndYearOrderByRevisedAtAscIdAsc("440704", 2022);
        assertThat(loaded.getGdp()).isEqualTo(new BigDecimal("31000000000.00"));
        assertThat(loaded.getUpdatedBy()).isEqualTo(officialId);
        assertThat(loaded.getVersion()).isEqualTo(1);
        assertThat(history).singleElement().satisfies(r -> {
            assertThat(r.getGdp()).isEqualTo(new BigDecimal("30000000000.00"));
            assertThat(r.getRdExpenditure()).isEqualTo(new BigDecimal("1713000000.00"));
            assertThat(r.getSource()).isEqualTo("江门市统计局");
            assertThat(r.getRevisedAt()).isEqualTo(RECORDED);
            assertThat(r.getRevisedBy()).isNull();
        });
    }

    @Test
    void theFindersSelectDistrictsAndYears() {
        for (String region : new String[] {"440703", "440704", "440705"}) {
            for (int year = 2020; year <= 2023; year++) {
                statistics.save(new RegionalStatistic(region, year, new BigDecimal("1000"), new BigDecimal("25"),
                        "江门市统计局", null, RECORDED));
            }
        }
        statistics.flush();
        entityManager.clear();

        List<RegionalStatistic> rows = statistics.findByRegionCodeInAndYearBetweenOrderByRegionCodeAscYearAsc(
                Set.of("440704", "440703"), 2021, 2022);

        assertThat(rows).extracting(r -> r.getRegionCode() + "/" + r.getYear())
                .containsExactly("440703/2021", "440703/2022", "440704/2021", "440704/2022");
        assertThat(statistics.findByRegionCodeInOrderByRegionCodeAscYearAsc(Set.of("440705"))).hasSize(4);
    }
}
