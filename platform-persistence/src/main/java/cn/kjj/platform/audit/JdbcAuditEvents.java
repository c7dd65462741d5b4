package cn.kjj.platform.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Lists audit events with plain SQL and walks the hash chain (see V13__audit_hash_chain.sql and V14). */
@Repository
class JdbcAuditEvents implements AuditEvents {

    private static final Map<String, String> COLUMNS = Map.of("seq", "seq", "at", "at", "actor", "actor",
            "entityType", "entity_type");

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;
    private final AuditChainSealer sealer;
    private final TransactionTemplate snapshot;

    JdbcAuditEvents(JdbcClient jdbc, DataSource dataSource, AuditChainSealer sealer,
                    PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(AuditChainWalk.FETCH_SIZE);
        this.sealer = sealer;
        // the walk and the head read in one snapshot, so a sealing round in between cannot look like a cut
        this.snapshot = new TransactionTemplate(transactionManager);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<AuditEvent> search(AuditFilter filter, Pageable pageable) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        long total = jdbc.sql("select count(*) from audit_event" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(pageable.getPageSize());
        pageParams.add(pageable.getOffset());
        List<AuditEvent> content = jdbc.sql("""
                        select id, seq, at, actor, action, entity_type, entity_id, region_code, before::text,
                        after::text, hash from audit_event""" + where + orderBy(pageable.getSort())
                        + " limit ? offset ?")
                .params(pageParams)
                .query((rs, row) -> event(rs))
                .list();
        return new PageImpl<>(content, pageable, total);
    }

    @Override
    public AuditChainCheck verify() {
        // what has committed so far is sealed first; events committed during the walk stay pending
        sealer.sealPending(true);
        return snapshot.execute(status -> walk());
    }

    private AuditChainCheck walk() {
        AuditChainWalk walk = new AuditChainWalk();
        // the hash recomputed by the same function the sealer uses, row by row in chain order
        streaming.query("""
                select seq, id, prev_hash, hash,
                       audit_event_digest(seq, id, at, actor, action, entity_type, entity_id, region_code,
                                          before, after, prev_hash) as recomputed
                from audit_event where seq is not null order by seq""", walk);
        Map<String, Object> head = jdbc.sql("select seq, hash from audit_chain_head").query().singleRow();
        return walk.result(((Number) head.get("seq")).longValue(), (String) head.get("hash"));
    }

    private static String where(AuditFilter filter, List<Object> params) {
        List<String> conditions = new ArrayList<>();
        add(conditions, params, "entity_type = ?", filter.entityType());
        add(conditions, params, "entity_id = ?", filter.entityId());
        add(conditions, params, "actor = ?", filter.actor());
        add(conditions, params, "at >= ?", filter.from() == null ? null : Timestamp.from(filter.from()));
        add(conditions, params, "at < ?", filter.to() == null ? null : Timestamp.from(filter.to()));
        if (filter.regionCodes() != null) {
            conditions.add("region_code = any (?)");
            params.add(filter.regionCodes().toArray(String[]::new));
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static void add(List<String> conditions, List<Object> params, String condition, Object value) {
        if (value != null) {
            conditions.add(condition);
            params.add(value);
        }
    }

    private static String orderBy(Sort sort) {
        List<String> parts = new ArrayList<>();
        for (Sort.Order order : sort) {
            String column = COLUMNS.get(order.getProperty());
            if (column != null) {
                parts.add(column + (order.isAscending() ? " asc" : " desc"));
                if (column.equals("seq")) {
                    // pending events (seq null, decision 0024) after the sealed ones, in the order they will be sealed
                    parts.add(order.isAscending() ? "id asc" : "id desc");
                }
            }
        }
        parts.add("seq desc");
        parts.add("id desc");
        return " order by " + String.join(", ", parts);
    }

    private static AuditEvent event(ResultSet rs) throws SQLException {
        return new AuditEvent(rs.getLong("id"), rs.getObject("seq", Long.class), rs.getObject("at", Timestamp.class).toInstant(),
                rs.getString("actor"), rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"),
                rs.getString("region_code"), rs.getString("before"), rs.getString("after"), rs.getString("hash"));
    }
}
