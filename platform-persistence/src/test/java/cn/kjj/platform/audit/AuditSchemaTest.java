package cn.kjj.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.PersistenceTest;
import cn.kjj.platform.SqlFixtures;
import cn.kjj.platform.SqlFixtures.Refusal;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PersistenceTest
class AuditSchemaTest {

    /** The trigger raises {@code insufficient_privilege}. */
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Autowired
    SqlFixtures sql;

    @Autowired
    AuditLog auditLog;

    @BeforeEach
    void anEvent() {
        auditLog.record("contract.register", "technology_contract", 42L, "440704",
                Map.of("status", "SUBMITTED"), Map.of("status", "REGISTERED"));
    }

    @Test
    void anEventIsWrittenWithItsStateBeforeAndAfterAsJson() {
        Map<String, Object> row = sql.jdbc().sql("""
                        select actor, action, entity_id, region_code, before ->> 'status' as before_status,
                               after ->> 'status' as after_status
                        from audit_event where entity_type = 'technology_contract'""")
                .query().singleRow();

        assertThat(row).containsEntry("actor", "system").containsEntry("action", "contract.register")
                .containsEntry("entity_id", "42").containsEntry("region_code", "440704")
                .containsEntry("before_status", "SUBMITTED").containsEntry("after_status", "REGISTERED");
    }

    @Test
    void anUpdateOfAnAuditEventIsRefusedByTheTrigger() {
        Refusal refusal = sql.refusal(() -> sql.jdbc().sql("update audit_event set actor = 'someone else'").update());

        assertThat(refusal.sqlState()).isEqualTo(INSUFFICIENT_PRIVILEGE);
        assertThat(refusal.message()).isEqualTo("audit_event is append-only");
        assertThat(sql.jdbc().sql("select actor from audit_event").query(String.class).list()).containsOnly("system");
    }

    @Test
    void aDeleteOfAnAuditEventIsRefusedByTheTrigger() {
        Refusal refusal = sql.refusal(() -> sql.jdbc().sql("delete from audit_event").update());

        assertThat(refusal.sqlState()).isEqualTo(INSUFFICIENT_PRIVILEGE);
        assertThat(refusal.message()).isEqualTo("audit_event is append-only");
        assertThat(sql.jdbc().sql("select count(*) from audit_event").query(Long.class).single()).isEqualTo(1);
    }
}
