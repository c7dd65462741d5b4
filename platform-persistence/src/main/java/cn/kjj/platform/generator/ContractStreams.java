package cn.kjj.platform.generator;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scale generator's contracts and their history: rendered in batches and written through one COPY pipeline,
 * or split into contiguous parts over several pipelines on connections of their own, written in parallel and
 * committed only when every stream has written (decision 0053).
 */
final class ContractStreams {

    private static final Logger log = LoggerFactory.getLogger(ContractStreams.class);

    private ContractStreams() {
    }

    /** Writes the contracts in {@code streams} transactions that commit only when every one of them has written. */
    static int inParallel(DataSource dataSource, Staged staged, int streams) {
        List<Connection> connections = new ArrayList<>();
        boolean written = false;
        try {
            List<CopyPipeline> pipelines = new ArrayList<>();
            for (int i = 0; i < streams; i++) {
                Connection connection = dataSource.getConnection();
                connections.add(connection);
                connection.setAutoCommit(false);
                pipelines.add(new CopyPipeline(connection));
            }
            int history = write(staged, pipelines);
            for (Connection connection : connections) {
                connection.commit();
            }
            written = true;
            return history;
        } catch (SQLException e) {
            throw new IllegalStateException("generating failed: " + e.getMessage(), e);
        } finally {
            for (Connection connection : connections) {
                try {
                    if (!written) {
                        connection.rollback();
                    }
                    connection.setAutoCommit(true);
                    connection.close();
                } catch (SQLException e) {
                    log.warn("closing a generator stream: {}", e.getMessage());
                }
            }
        }
    }

    /**
     * Writes the staged contracts and their history, the batches split into one contiguous part per pipeline
     * (each on its own connection, written in parallel when there are several); returns the number of history rows.
     */
    static int write(Staged staged, List<CopyPipeline> pipelines) throws SQLException {
        int count = staged.newContracts();
        if (count == 0) {
            return 0;
        }
        AtomicInteger history = new AtomicInteger();
        CopyPipeline.Render render = (batch, texts) -> {
            StringBuilder events = texts[1];
            int lines = 0;
            Map<String, Integer> counters = new HashMap<>(staged.batchStarts().get(batch));
            for (int k = batch * ScaleGenerator.BATCH; k < Math.min(count, (batch + 1) * ScaleGenerator.BATCH); k++) {
                staged.rows().contract(staged.contractsBefore() + (long) k, staged.firstContractId() + k, counters,
                        texts[0], events);
            }
            for (int i = 0; i < events.length(); i++) {
                if (events.charAt(i) == '\n') {
                    lines++;
                }
            }
            history.addAndGet(lines);
        };
        int batches = (count + ScaleGenerator.BATCH - 1) / ScaleGenerator.BATCH;
        int streams = pipelines.size();
        if (streams == 1) {
            pipelines.get(0).run(0, batches, render, ScaleContracts.COLUMNS, ScaleContracts.HISTORY_COLUMNS);
        } else {
            ExecutorService executor = Executors.newFixedThreadPool(streams, r -> {
                Thread thread = new Thread(r, "scale-generator-stream");
                thread.setDaemon(true);
                return thread;
            });
            try {
                List<Future<?>> parts = new ArrayList<>();
                for (int i = 0; i < streams; i++) {
                    CopyPipeline pipeline = pipelines.get(i);
                    int from = (int) ((long) batches * i / streams);
                    int to = (int) ((long) batches * (i + 1) / streams);
                    parts.add(executor.submit(() -> {
                        pipeline.run(from, to, render, ScaleContracts.COLUMNS, ScaleContracts.HISTORY_COLUMNS);
                        return null;
                    }));
                }
                // every stream ends before its connection is rolled back or committed: the first failure after all
                RuntimeException failed = null;
                for (Future<?> part : parts) {
                    try {
                        CopyPipeline.await(part);
                    } catch (RuntimeException e) {
                        failed = failed == null ? e : failed;
                    }
                }
                if (failed != null) {
                    throw failed;
                }
            } finally {
                executor.shutdownNow();
            }
        }
        return history.get();
    }
}
