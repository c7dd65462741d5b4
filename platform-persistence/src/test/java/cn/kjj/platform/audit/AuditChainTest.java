package cn.kjj.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.PersistenceTest;
import cn.kjj.platform.SqlFixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The hash chain over audit_event (V13, sealed after commit since V14): intact after ordinary
 * appends, and a row changed, removed or cut off the end (by someone who can switch the
 * append-only trigger off) is found, by event.
 */
@PersistenceTest
class AuditChainTest {

    @Autowired
    SqlFixtures sql;

    @Autowired
    AuditLog auditLog;

    @Autowired
    AuditEvents events;

    private List<Long> ids;

    @BeforeEach
    void threeEvents() {
        for (int i = 1; i <= 3; i++) {
            auditLog.record("enterprise.update", "enterprise", 7L, "440704", Map.of("employees", i),
                    Map.of("employees", i + 1, "name", "江海\"精密\"科技"));
        }
        // written pending; the sealer chains them (in the test's transaction here, V14)
        assertThat(sql.jdbc().sql("select count(*) from audit_event where hash is null").query(Long.class).single())
                .isGreaterThanOrEqualTo(3);
        assertThat(sql.jdbc().sql("select audit_chain_seal(1000, true)").query(Integer.class).single())
                .isGreaterThanOrEqualTo(3);
        ids = sql.jdbc().sql("select id from audit_event order by seq").query(Long.class).list();
    }

    @Test
    void appendsFormAnIntactChainLinkedEventByEvent() {
        AuditChainCheck check = events.verify();

        assertThat(check.intact()).isTrue();
        assertThat(check.events()).isEqualTo(ids.size());
        assertThat(check.describe()).startsWith("audit chain OK: " + ids.size() + " events");
        List<Map<String, Object>> rows = sql.jdbc().sql("select seq, prev_hash, hash from audit_event order by seq")
                .query().listOfRows();
        assertThat(rows.get(0).get("prev_hash")).isEqualTo("0".repeat(64));
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i).get("prev_hash")).isEqualTo(rows.get(i - 1).get("hash"));
            assertThat((Long) rows.get(i).get("seq")).isEqualTo((Long) rows.get(i - 1).get("seq") + 1);
        }
        assertThat(check.headHash()).isEqualTo(rows.get(rows.size() - 1).get("hash"));
    }

    @Test
    void aChangedEventIsFoundByItsId() {
        long middle = ids.get(ids.size() - 2);
        tamper("update audit_event set after = '{\"employees\": 999}' where id = " + middle);

        AuditChainCheck check = events.verify();

        assertThat(check.intact()).isFalse();
        assertThat(check.brokenEventId()).isEqualTo(middle);
        assertThat(check.problem()).isEqualTo("content");
        assertThat(check.describe()).contains("event id " + middle);
    }

    @Test
    void aChangedActorOrTimeIsFoundToo() {
        long first = ids.get(ids.size() - 3);
        tamper("update audit_event set at = at + interval '1 microsecond' where id = " + first);

        assertThat(events.verify().brokenEventId()).isEqualTo(first);
    }

    @Test
    void aDeletedEventBreaksTheChainWhereItWas() {
        long deleted = ids.get(ids.size() - 2);
        long next = ids.get(ids.size() - 1);
        tamper("delete from audit_event where id = " + deleted);

        AuditChainCheck check = events.verify();

        assertThat(check.intact()).isFalse();
        assertThat(check.problem()).isEqualTo("missing");
        assertThat(check.brokenEventId()).isEqualTo(next);
    }

    @Test
    void aDeletedNewestEventIsFoundAgainstTheHead() {
        tamper("delete from audit_event where id = " + ids.get(ids.size() - 1));

        AuditChainCheck check = events.verify();

        assertThat(check.intact()).isFalse();
        assertThat(check.problem()).isEqualTo("head");
        assertThat(check.brokenSeq()).isEqualTo(ids.size());
    }

    @Test
    void theHeadOnlyMovesForwards() {
        assertThat(sql.refusal(() -> sql.jdbc().sql("update audit_chain_head set seq = 1").update()).sqlState())
                .isEqualTo("42501");
    }

    @Test
    void anEventIsSealedOnceAndOnly() {
        long last = ids.get(ids.size() - 1);
        // what the sealer does to a pending event is refused on a sealed one
        assertThat(sql.refusal(() -> sql.jdbc().sql("update audit_event set seq = seq + 100, hash = repeat('a', 64) "
                + "where id = " + last).update()).sqlState()).isEqualTo("42501");
        auditLog.record("enterprise.update", "enterprise", 7L, "440704", null, Map.of("employees", 1));
        long pending = sql.jdbc().sql("select max(id) from audit_event").query(Long.class).single();
        // a pending event cannot be changed either, other than by sealing it
        assertThat(sql.refusal(() -> sql.jdbc().sql("update audit_event set actor = 'x', seq = 999999, "
                + "prev_hash = repeat('0', 64), hash = repeat('0', 64) where id = " + pending).update()).sqlState())
                .isEqualTo("42501");
        // the check seals what is pending, then walks it
        AuditChainCheck check = events.verify();
        assertThat(check.intact()).isTrue();
        assertThat(check.events()).isEqualTo(ids.size() + 1);
    }

    /** What only the table's owner or a superuser can do: switch the append-only trigger off. */
    private void tamper(String statement) {
        sql.jdbc().sql("alter table audit_event disable trigger audit_event_no_update").update();
        sql.jdbc().sql(statement).update();
        sql.jdbc().sql("alter table audit_event enable trigger audit_event_no_update").update();
    }
}
