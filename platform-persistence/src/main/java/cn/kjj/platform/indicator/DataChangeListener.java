package cn.kjj.platform.indicator;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Listens on a connection of its own for {@value #CHANNEL}, which the statement triggers of migration V43 send
 * when a table the indicators read changes (in any transaction of any node, psql, the generator, an import), and
 * moves the {@link DataGeneration} on each notice. While it is not listening (before the first connection, after
 * one is lost) the generation is {@link DataGeneration#NONE}, so the indicator cache is bypassed; it moves again
 * when listening resumes, so what was kept before is never served. A connection that answers nothing is found
 * out by a {@code select 1} every {@value #CHECK_SECONDS} s (decision 0057). Only when the cache is on (the same
 * condition as the API's {@code IndicatorCacheConfiguration}).
 */
@Component
@ConditionalOnExpression(DataChangeListener.CACHE_ON)
public class DataChangeListener implements SmartLifecycle {

    public static final String CHANNEL = "platform_data_changed";
    /** On unless turned off, and off with a read replica (decision 0057). */
    public static final String CACHE_ON =
            "${platform.indicators.cache.enabled:true} and '${platform.datasource.replica.url:}' == ''";
    static final int CHECK_SECONDS = 2;
    private static final Logger log = LoggerFactory.getLogger(DataChangeListener.class);

    private final DataSource dataSource;
    private final ObjectProvider<JdbcConnectionDetails> details;
    private final DataGeneration generation;
    private volatile boolean running;
    private volatile Thread thread;

    public DataChangeListener(DataSource dataSource, ObjectProvider<JdbcConnectionDetails> details,
                              DataGeneration generation) {
        this.dataSource = dataSource;
        this.details = details;
        this.generation = generation;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        Thread t = new Thread(this::listen, "data-change-listener");
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        Thread t = thread;
        thread = null;
        if (t != null) {
            t.interrupt();
            try {
                t.join(TimeUnit.SECONDS.toMillis(CHECK_SECONDS + 1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        generation.listening(false);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        boolean warned = false;
        while (running) {
            try (Connection connection = open()) {
                connection.setAutoCommit(true);
                try (Statement s = connection.createStatement()) {
                    s.execute("listen " + CHANNEL);
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                generation.listening(true);
                if (warned) {
                    log.info("Listening for data changes again; the indicator cache is in use");
                    warned = false;
                }
                long checked = System.nanoTime();
                while (running) {
                    PGNotification[] notices = pg.getNotifications(500);
                    if (notices != null && notices.length > 0) {
                        generation.advance();
                    }
                    if (System.nanoTime() - checked > TimeUnit.SECONDS.toNanos(CHECK_SECONDS)) {
                        try (Statement s = connection.createStatement()) {
                            s.setQueryTimeout(CHECK_SECONDS);
                            s.execute("select 1");
                        }
                        checked = System.nanoTime();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!warned && running) {
                    log.warn("Not listening for data changes, the indicator cache is bypassed until it is: {}",
                            e.toString());
                    warned = true;
                }
            } finally {
                generation.listening(false);
            }
            pause();
        }
    }

    /** A connection outside the pool (it is held for good), to the primary as the pool's are. */
    private Connection open() throws SQLException {
        JdbcConnectionDetails d = details.getIfAvailable();
        if (d == null) {
            return dataSource.getConnection();
        }
        return DriverManager.getConnection(d.getJdbcUrl(), d.getUsername(), d.getPassword());
    }

    private void pause() {
        if (!running) {
            return;
        }
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
