package cn.kjj.platform;

import static org.assertj.core.api.Assertions.fail;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.postgresql.util.PSQLException;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Rows written with plain SQL, past every check in Java, so that tests see what the schema
 * itself accepts and refuses. Used inside a test's transaction; a refused statement is rolled back
 * to a savepoint so that the test can go on.
 */
@Component
public class SqlFixtures {

    /** Verified codes of domain.md, valid under both check characters. */
    public static final String CODE_A = "91350100M000100Y43";
    public static final String CODE_B = "91440300708461136T";
    public static final String CODE_C = "914403001922038216";
    public static final String CODE_D = "9144030071526726XG";

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    SqlFixtures(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    public JdbcClient jdbc() {
        return jdbc;
    }

    /** Inserts {@code row} into {@code table} and returns the generated id. Column names are the test's own. */
    public long insert(String table, Map<String, ?> row) {
        String columns = String.join(", ", row.keySet());
        String values = row.keySet().stream().map(c -> ":" + c).collect(Collectors.joining(", "));
        return jdbc.sql("insert into " + table + " (" + columns + ") values (" + values + ") returning id")
                .params(row)
                .query(Long.class)
                .single();
    }

    public long enterprise(String creditCode) {
        return insert("enterprise", Map.of("name", "测试企业" + creditCode, "credit_code", creditCode,
                "region_code", "440704"));
    }

    public long account(String username, String roles, String regionCode) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("username", username);
        row.put("password_hash", "{noop}x");
        row.put("display_name", "测试用户");
        row.put("region_code", regionCode);
        return jdbc.sql("""
                        insert into account (username, password_hash, display_name, roles, region_code)
                        values (:username, :password_hash, :display_name, cast(:roles as varchar(20)[]), :region_code)
                        returning id""")
                .params(row)
                .param("roles", roles)
                .query(Long.class)
                .single();
    }

    /** A technology contract that the schema accepts, as a mutable row to spoil one column at a time. */
    public Map<String, Object> contract(long sellerId) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("title", "智能装备控制系统技术开发合同");
        row.put("type", "TECHNOLOGY_DEVELOPMENT");
        row.put("subtype", "COMMISSIONED");
        row.put("technology_field", "ADVANCED_MANUFACTURING");
        row.put("seller_id", sellerId);
        row.put("seller_region_code", "440704");
        row.put("buyer_name", "深圳某科技有限公司");
        row.put("buyer_credit_code", CODE_B);
        row.put("buyer_region_code", "440305");
        row.put("signed_on", LocalDate.of(2023, 3, 1));
        row.put("valid_from", LocalDate.of(2023, 3, 1));
        row.put("valid_to", LocalDate.of(2024, 2, 29));
        row.put("contract_amount", new BigDecimal("1000000.00"));
        row.put("tech_transaction_amount", new BigDecimal("800000.00"));
        row.put("status", "DRAFT");
        return row;
    }

    public long program(String budget) {
        return insert("program", Map.of("name", "科技创新券", "kind", "INNOVATION_VOUCHER", "region_code", "440704",
                "year", 2023, "budget", new BigDecimal(budget)));
    }

    /** The name PostgreSQL gave the check on {@code table} whose definition contains {@code fragment}. */
    public String checkConstraint(String table, String fragment) {
        return jdbc.sql("""
                        select conname from pg_constraint
                        where conrelid = cast(:table as regclass) and contype = 'c'
                          and pg_get_constraintdef(oid) like '%' || :fragment || '%'""")
                .param("table", table)
                .param("fragment", fragment)
                .query(String.class)
                .single();
    }

    /** Runs {@code statement}, which the database must refuse, and says how it refused. */
    public Refusal refusal(Runnable statement) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        Savepoint savepoint;
        try {
            savepoint = connection.setSavepoint();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        try {
            statement.run();
        } catch (DataAccessException e) {
            rollback(connection, savepoint);
            return Refusal.of(e);
        }
        rollback(connection, savepoint);
        return fail("the database accepted a statement that it should refuse");
    }

    private static void rollback(Connection connection, Savepoint savepoint) {
        try {
            connection.rollback(savepoint);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How the database refused a statement: the SQLState, the constraint (if any), the server's message. */
    public record Refusal(DataAccessException exception, String sqlState, String constraint, String message) {

        public static final String UNIQUE = "23505";
        public static final String CHECK = "23514";
        public static final String FOREIGN_KEY = "23503";
        public static final String NOT_NULL = "23502";

        static Refusal of(DataAccessException e) {
            Throwable cause = e.getMostSpecificCause();
            if (cause instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
                var server = psql.getServerErrorMessage();
                return new Refusal(e, psql.getSQLState(), server.getConstraint(), server.getMessage());
            }
            String state = cause instanceof SQLException sql ? sql.getSQLState() : null;
            return new Refusal(e, state, null, cause.getMessage());
        }
    }
}
