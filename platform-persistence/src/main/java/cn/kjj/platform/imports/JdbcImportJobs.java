package cn.kjj.platform.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * Import jobs in table {@code import_job}. Every change commits in its own short transaction, so
 * that a poll sees the progress of a job whose rows are still being written in another one.
 */
@Repository
class JdbcImportJobs implements ImportJobs {

    private static final TypeReference<List<RowError>> ERRORS = new TypeReference<>() {
    };
    private static final String COLUMNS = """
            id, kind, account_id, filename, format, status, total_rows, processed_rows, error_count,
            created_rows, revised_rows, created_at, updated_at, finished_at""";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    JdbcImportJobs(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void create(UUID id, ImportKind kind, long accountId, String filename, String format) {
        jdbc.sql("insert into import_job (id, kind, account_id, filename, format) values (?, ?, ?, ?, ?)")
                .params(id, kind.name(), accountId, filename, format)
                .update();
    }

    @Override
    public Optional<ImportJobView> find(UUID id, int maxErrors) {
        return jdbc.sql("select " + COLUMNS + """
                        , (select coalesce(jsonb_agg(e order by n), '[]'::jsonb)
                             from jsonb_array_elements(coalesce(errors, '[]'::jsonb)) with ordinality as t(e, n)
                            where n <= ?)::text as first_errors
                        from import_job where id = ?""")
                .params(maxErrors, id)
                .query((rs, n) -> view(rs, json.readValue(rs.getString("first_errors"), ERRORS)))
                .optional();
    }

    @Override
    public List<ImportJobView> recent(long accountId, ImportKind kind, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                         from import_job where account_id = ? and kind = ?
                        order by created_at desc limit ?""")
                .params(accountId, kind.name(), limit)
                .query((rs, n) -> view(rs, List.of()))
                .list();
    }

    @Override
    public List<RowError> errors(UUID id) {
        String errors = jdbc.sql("select coalesce(errors, '[]'::jsonb)::text from import_job where id = ?")
                .param(id).query(String.class).optional().orElse("[]");
        return json.readValue(errors, ERRORS);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void enter(UUID id, ImportJobStatus status, Integer totalRows) {
        jdbc.sql("""
                        update import_job set status = ?, total_rows = ?, processed_rows = 0, updated_at = now()
                         where id = ? and status not in ('DONE', 'FAILED')""")
                .params(status.name(), totalRows, id)
                .update();
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void progress(UUID id, int processedRows) {
        jdbc.sql("update import_job set processed_rows = ?, updated_at = now() where id = ?")
                .params(processedRows, id)
                .update();
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void fail(UUID id, int errorCount, List<RowError> errors) {
        jdbc.sql("""
                        update import_job set status = 'FAILED', error_count = ?, errors = cast(? as jsonb),
                               updated_at = now(), finished_at = now()
                         where id = ? and status not in ('DONE', 'FAILED')""")
                .params(errorCount, json.writeValueAsString(errors), id)
                .update();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean done(UUID id, int totalRows, int createdRows, int revisedRows) {
        // a concurrent failIfStale waits for this row and then finds it DONE, or has already won
        return jdbc.sql("""
                        update import_job set status = 'DONE', total_rows = ?, processed_rows = ?, created_rows = ?,
                               revised_rows = ?, updated_at = now(), finished_at = now()
                         where id = ? and status = 'WRITING'""")
                .params(totalRows, totalRows, createdRows, revisedRows, id)
                .update() == 1;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean failIfStale(UUID id, Duration after, RowError reason) {
        return jdbc.sql("""
                        update import_job set status = 'FAILED', error_count = 1, errors = cast(? as jsonb),
                               updated_at = now(), finished_at = now()
                         where id = ? and status not in ('DONE', 'FAILED')
                           and updated_at < now() - make_interval(secs => ?)""")
                .params(json.writeValueAsString(List.of(reason)), id, after.toSeconds())
                .update() == 1;
    }

    private static ImportJobView view(ResultSet rs, List<RowError> errors) throws SQLException {
        return new ImportJobView(rs.getObject("id", UUID.class), ImportKind.valueOf(rs.getString("kind")),
                rs.getLong("account_id"), rs.getString("filename"), rs.getString("format"),
                ImportJobStatus.valueOf(rs.getString("status")), rs.getObject("total_rows", Integer.class),
                rs.getInt("processed_rows"), rs.getInt("error_count"), rs.getObject("created_rows", Integer.class),
                rs.getObject("revised_rows", Integer.class), errors, instant(rs, "created_at"),
                instant(rs, "updated_at"), instant(rs, "finished_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
