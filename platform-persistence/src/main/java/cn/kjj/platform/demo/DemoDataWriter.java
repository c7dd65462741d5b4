package cn.kjj.platform.demo;

import cn.kjj.platform.common.CsvCopy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the generated rows with PostgreSQL's COPY, in the caller's transaction (the connection
 * bound to it), then moves every identity sequence past the ids the rows took.
 */
@Component
record DemoDataWriter(JdbcClient jdbc, CsvCopy copy) {

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
            copy.copy(target, list, row -> row, written -> { });
            counts.put(DemoRows.tableName(target), list.size());
        });
        for (String table : DemoRows.IDENTITY_TABLES) {
            jdbc.sql("select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from " + table
                    + "))").query().singleRow();
        }
        return counts;
    }
}
