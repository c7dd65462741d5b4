package cn.kjj.platform.cultivation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.PersistenceTest;
import cn.kjj.platform.SqlFixtures;
import cn.kjj.platform.SqlFixtures.Refusal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The pool placements' table (V32) refuses what the service refuses. */
@PersistenceTest
class CultivationSchemaTest {

    @Autowired
    SqlFixtures sql;

    private void place(long enterprise, int year, String reason) {
        sql.jdbc().sql("""
                        insert into cultivation_pool_placement (enterprise_id, year, region_code, reason, placed_on)
                        values (?, ?, '440704', ?, ?)""")
                .params(enterprise, year, reason, LocalDate.of(2024, 3, 1)).update();
    }

    @Test
    void aPlacementWithABlankReasonIsRefused() {
        long enterprise = sql.enterprise(SqlFixtures.CODE_A);

        Refusal refusal = sql.refusal(() -> place(enterprise, 2024, "   "));

        assertThat(refusal.sqlState()).isEqualTo(Refusal.CHECK);
        assertThat(refusal.constraint()).isEqualTo("cultivation_pool_placement_reason_check");
    }

    @Test
    void anEnterpriseIsPlacedOnceAYearAndNotBefore2017() {
        long enterprise = sql.enterprise(SqlFixtures.CODE_B);
        place(enterprise, 2024, "163计划重点培育对象");

        assertThat(sql.refusal(() -> place(enterprise, 2024, "再次列入")).sqlState()).isEqualTo(Refusal.UNIQUE);
        assertThat(sql.refusal(() -> place(enterprise, 2016, "科技型中小企业评价之前")).sqlState())
                .isEqualTo(Refusal.CHECK);
        place(enterprise, 2025, "下一年度继续培育");
    }
}
