package cn.kjj.platform.common;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntConsumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.stereotype.Component;

/**
 * Writes rows with PostgreSQL's {@code COPY ... FROM STDIN} in CSV, {@value #CHUNK} rows per
 * statement, on the connection of the caller's transaction: the fastest way in, and every check,
 * unique index and foreign key of the schema still applies to every row. A refused row fails
 * the whole COPY as a Spring {@code DataAccessException}, as JdbcTemplate would translate it.
 */
@Component
public record CsvCopy(DataSource dataSource) {

    public static final int CHUNK = 5_000;

    /**
     * Copies {@code rows} into {@code target} (a table with its column list, as COPY takes it),
     * each row's {@code values} in column order; {@code progress} hears the rows written so far
     * after every chunk.
     */
    public <T> void copy(String target, List<T> rows, Function<T, Object[]> values, IntConsumer progress) {
        String sql = "copy " + target + " from stdin with (format csv)";
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            var copyApi = connection.unwrap(PGConnection.class).getCopyAPI();
            for (int from = 0; from < rows.size(); from += CHUNK) {
                int to = Math.min(rows.size(), from + CHUNK);
                StringBuilder text = new StringBuilder((to - from) * 200);
                for (T row : rows.subList(from, to)) {
                    appendLine(text, values.apply(row));
                }
                copyApi.copyIn(sql, new StringReader(text.toString()));
                progress.accept(to);
            }
        } catch (SQLException e) {
            throw new SQLErrorCodeSQLExceptionTranslator(dataSource).translate("COPY " + target, sql, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /**
     * One CSV line: strings always quoted (so {@code ""} is an empty string), null as an empty
     * field (NULL), amounts plain, other values (numbers, dates, instants) in their ISO form.
     */
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
