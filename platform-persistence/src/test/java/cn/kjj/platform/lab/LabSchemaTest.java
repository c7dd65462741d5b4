package cn.kjj.platform.lab;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.PersistenceTest;
import cn.kjj.platform.SqlFixtures;
import cn.kjj.platform.SqlFixtures.Refusal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PersistenceTest
class LabSchemaTest {

    @Autowired
    SqlFixtures sql;

    @Test
    void aLabWithABlankHostInstitutionAndNoHostEnterpriseIsRefused() {
        Refusal refusal = sql.refusal(() -> sql.insert("lab", lab("   ")));

        assertThat(refusal.sqlState()).isEqualTo(Refusal.CHECK);
        assertThat(refusal.constraint()).isEqualTo(sql.checkConstraint("lab", "host_enterprise_id IS NOT NULL"));
    }

    @Test
    void aLabWithoutAnyHostIsRefused() {
        assertThat(sql.refusal(() -> sql.insert("lab", lab(null))).sqlState()).isEqualTo(Refusal.CHECK);
    }

    @Test
    void aLabOfAnUnknownKindOrAtAnUnknownLevelIsRefused() {
        Map<String, Object> row = lab("五邑大学");
        row.put("kind", "LABORATORY");
        assertThat(sql.refusal(() -> sql.insert("lab", row)).constraint()).isEqualTo("lab_kind_check");

        row.put("kind", "KEY_LABORATORY");
        row.put("level", "COUNTY");
        assertThat(sql.refusal(() -> sql.insert("lab", row)).constraint()).isEqualTo("lab_level_check");
    }

    @Test
    void aLabHostedByAnEnterpriseThatDoesNotExistIsRefused() {
        Map<String, Object> row = lab(null);
        row.put("host_enterprise_id", sql.enterprise(SqlFixtures.CODE_A) + 1000);

        assertThat(sql.refusal(() -> sql.insert("lab", row)).constraint()).isEqualTo("lab_host_enterprise_id_fkey");
    }

    private static Map<String, Object> lab(String hostInstitution) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", "江门市重点实验室");
        row.put("kind", "KEY_LABORATORY");
        row.put("level", "MUNICIPAL");
        row.put("region_code", "440704");
        row.put("host_institution", hostInstitution);
        return row;
    }
}
