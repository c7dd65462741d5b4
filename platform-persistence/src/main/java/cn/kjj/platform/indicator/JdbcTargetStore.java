package cn.kjj.platform.indicator;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Targets in table {@code target}, written in the caller's transaction. */
@Repository
class JdbcTargetStore implements TargetStore {

    private static final String COLUMNS = "select region_code, indicator, year, value, note, updated_at, version from target";

    private final JdbcClient jdbc;

    JdbcTargetStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Target> find(String regionCode, String indicator, int year) {
        return jdbc.sql(COLUMNS + " where region_code = ? and indicator = ? and year = ?")
                .params(regionCode, indicator, year).query(JdbcTargetStore::target).optional();
    }

    @Override
    public Target save(Target t) {
        jdbc.sql("""
                insert into target (region_code, indicator, year, value, note, updated_at, version)
                values (?, ?, ?, ?, ?, ?, 0)
                on conflict (region_code, indicator, year) do update
                set value = excluded.value, note = excluded.note, updated_at = excluded.updated_at,
                    version = target.version + 1""")
                .params(t.regionCode(), t.indicator(), t.year(), t.value(), t.note(), Timestamp.from(t.updatedAt()))
                .update();
        return find(t.regionCode(), t.indicator(), t.year()).orElseThrow();
    }

    @Override
    public List<Target> within(Collection<String> regionCodes, Integer year) {
        return jdbc.sql(COLUMNS + " where region_code = any(?) and (cast(? as integer) is null or year = ?)"
                        + " order by region_code, indicator, year")
                .params(regionCodes.toArray(String[]::new), year, year).query(JdbcTargetStore::target).list();
    }

    private static Target target(ResultSet rs, int row) throws SQLException {
        return new Target(rs.getString("region_code"), rs.getString("indicator"), rs.getInt("year"),
                rs.getBigDecimal("value"), rs.getString("note"), rs.getTimestamp("updated_at").toInstant(),
                rs.getLong("version"));
    }
}
