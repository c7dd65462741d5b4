package cn.kjj.platform.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/** Writes audit events with plain SQL, inside the caller's transaction (it must have one). */
@Repository
class JdbcAuditLog implements AuditLog {

    private static final String SYSTEM = "system";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    JdbcAuditLog(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entityType, Object entityId, String regionCode, Object before,
                       Object after) {
        jdbc.sql("""
                        insert into audit_event (actor, action, entity_type, entity_id, region_code, before, after)
                        values (?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))""")
                .params(actor(), action, entityType, entityId == null ? null : entityId.toString(), regionCode,
                        toJson(before), toJson(after))
                .update();
    }

    private String toJson(Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }

    private static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth.getName() == null ? SYSTEM : auth.getName();
    }
}
