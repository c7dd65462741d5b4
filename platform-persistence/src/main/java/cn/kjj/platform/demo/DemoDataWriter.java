package cn.kjj.platform.demo;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.stereotype.Component;

/**
 * Writes the generated rows with PostgreSQL's COPY, in the caller's transaction (the connection
 * bound to it), then moves every identity sequence past the ids the rows took.
 */
@Component
class DemoDataWriter {

    private static final int CHUNK = 5_000;

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final SQLErrorCodeSQLExceptionTranslator translator;

    DemoDataWriter(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.translator = new SQLErrorCodeSQLExceptionTranslator(dataSource);
    }

    /** The highest id of every identity table (0 when empty), where generated ids start after. */
    Map<String, Long> maxIds() {
        Map<String, Long> ids = new LinkedHashMap<>();
        for (String table : DemoRows.IDENTITY_TABLES) {
            ids.put(table, jdbc.sql("select coalesce(max(id), 0) from " + table).query(Long.class).single());
        }
        return ids;
    }

    /** COPYs every table and returns how many rows each received. */
    Map<String, Integer> write(DemoRows rows) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        rows.tables().forEach((target, list) -> {
            copy(target, list);
            counts.put(DemoRows.tableName(target), list.size());
        });
        for (String table : DemoRows.IDENTITY_TABLES) {
            jdbc.sql("select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from " + table
                    + "))").query().singleRow();
        }
        return counts;
    }

    private void copy(String target, List<Object[]> rows) {
        String sql = "copy " + target + " from stdin with (format csv)";
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            var copyApi = connection.unwrap(PGConnection.class).getCopyAPI();
            for (int from = 0; from < rows.size(); from += CHUNK) {
                StringBuilder text = new StringBuilder(CHUNK * 200);
                for (Object[] row : rows.subList(from, Math.min(rows.size(), from + CHUNK))) {
                    appendLine(text, row);
                }
                copyApi.copyIn(sql, new StringReader(text.toString()));
            }
        } catch (SQLException e) {
            throw translator.translate("COPY " + target, sql, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** One CSV line: strings quoted, null as an empty field, numbers plain, dates and instants in ISO form. */
    static void appendLine(StringBuilder text, Object[] row) {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            Object value = row[i];
            if (value instanceof String s) {
                text.append('"').append(s.replace("\"", "\"\"")).append('"');
            } else if (value instanceof BigDecimal d) {
                text.append(d.toPlainString());
            } else if (value != null) {
                text.append(value);
            }
        }
        text.append('\n');
    }
}
