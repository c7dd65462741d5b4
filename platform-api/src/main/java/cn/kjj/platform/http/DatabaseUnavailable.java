package cn.kjj.platform.http;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;

/**
 * Recognises a failure that means "the database cannot be reached right now" (stopped, restarting,
 * out of connections, out of disk) rather than a bug or a bad request: the API answers it with a
 * 503 problem and a {@code Retry-After}, the portal with its 503 page. The connection pool gives
 * up after its {@code connection-timeout} (3 s), so callers do not hang, and heals by itself when
 * the database is back.
 *
 * <p>Some failures hide their reason: a connection that the stopping server closed fails the
 * query, and then its rollback fails too with a bare "connection is closed", which is all that
 * reaches the caller. For a data access failure that names no reason, {@link #explains} asks the
 * pool for a working connection: if it cannot get one, the database is out of reach.
 */
@Component
public record DatabaseUnavailable(ObjectProvider<DataSource> dataSource) {

    /** The stable code of the 503 problem. */
    public static final String CODE = "error.unavailable";
    /** Seconds after which a client may try again. */
    public static final String RETRY_AFTER_SECONDS = "10";

    /**
     * SQLSTATE classes and codes of an unreachable or refusing server: 08 connection exceptions,
     * 53 insufficient resources (disk full, out of memory, too many connections), and the
     * server shutting down, crashed or still starting (57P01-57P03).
     */
    private static final Set<String> STATE_CLASSES = Set.of("08", "53");
    private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03");

    private static final int VALIDATION_SECONDS = 2;

    /**
     * Whether {@code failure} is explained by the database being out of reach: it says so itself,
     * or it is a data access failure and no working connection can be had right now.
     */
    public boolean explains(Throwable failure) {
        return causedBy(failure) || fromDataAccess(failure) && !reachable();
    }

    /** Whether {@code failure}, or any of its causes, says that the database is out of reach. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && unreachable(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** The headers of a 503 answer: when to try again. */
    public static HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        return headers;
    }

    private boolean reachable() {
        DataSource source = dataSource.getIfAvailable();
        if (source == null) {
            return true;
        }
        try (Connection connection = source.getConnection()) {
            return connection.isValid(VALIDATION_SECONDS);
        } catch (SQLException e) {
            return false;
        }
    }

    private static boolean fromDataAccess(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessException || t instanceof TransactionException || t instanceof SQLException) {
                return true;
            }
        }
        return false;
    }

    private static boolean unreachable(String state) {
        return state != null && state.length() == 5
                && (STATE_CLASSES.contains(state.substring(0, 2)) || STATES.contains(state));
    }
}
