package cn.kjj.platform.incubator;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.PersistenceTest;
import cn.kjj.platform.SqlFixtures;
import cn.kjj.platform.SqlFixtures.Refusal;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PersistenceTest
class IncubatorSchemaTest {

    @Autowired
    SqlFixtures sql;

    @Test
    void anIncubatorWithANegativeAreaIsRefused() {
        Map<String, Object> row = incubator();
        row.put("area_sqm", new BigDecimal("-0.01"));

        Refusal refusal = sql.refusal(() -> sql.insert("incubator", row));

        assertThat(refusal.sqlState()).isEqualTo(Refusal.CHECK);
        assertThat(refusal.constraint()).isEqualTo("incubator_area_sqm_check");
    }

    @Test
    void anIncubatorInAnUnknownRegionIsRefused() {
        Map<String, Object> row = incubator();
        row.put("region_code", "440799");

        Refusal refusal = sql.refusal(() -> sql.insert("incubator", row));

        assertThat(refusal.sqlState()).isEqualTo(Refusal.FOREIGN_KEY);
        assertThat(refusal.constraint()).isEqualTo("incubator_region_code_fkey");
    }

    @Test
    void anIncubatorOfAnUnknownKindIsRefused() {
        Map<String, Object> row = incubator();
        row.put("kind", "COWORKING");

        assertThat(sql.refusal(() -> sql.insert("incubator", row)).constraint()).isEqualTo("incubator_kind_check");
    }

    private static Map<String, Object> incubator() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", "江海区科技企业孵化器");
        row.put("kind", "INCUBATOR");
        row.put("level", "NATIONAL");
        row.put("region_code", "440704");
        return row;
    }
}
