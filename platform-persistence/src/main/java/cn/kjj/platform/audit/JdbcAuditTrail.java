package cn.kjj.platform.audit;

import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAuditTrail implements AuditTrail {

    /** A record's history is short; the cap keeps a pathological one from filling a page. */
    private static final int LIMIT = 500;

    private final JdbcClient jdbc;

    JdbcAuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Entry> of(String entityType, Object entityId) {
        return jdbc.sql("""
                        select id, at, actor, action, before::text, after::text from audit_event
                        where entity_type = ? and entity_id = ? order by at, id limit ?""")
                .params(entityType, String.valueOf(entityId), LIMIT)
                .query((rs, row) -> new Entry(rs.getLong(1), rs.getObject(2, Timestamp.class).toInstant(),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)))
                .list();
    }
}
