package cn.kjj.platform.generator;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Streams generated batches into tables with {@code COPY ... FROM STDIN} on one connection (the
 * transaction's), while one other thread renders the next batches in order: the text is made
 * while PostgreSQL stores the previous batch. Each batch is one text per table, in the order of
 * the tables given (a table referred to by a later one comes first).
 */
final class CopyPipeline {

    /** Batches rendered ahead of the one being written. */
    private static final int AHEAD = 2;

    /** Characters of a batch's text encoded and sent at a time. */
    static final int PIECE = 1 << 16;

    private final CopyManager copy;

    CopyPipeline(Connection connection) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
    }

    /** Renders a batch into the texts given (one per table, empty). */
    @FunctionalInterface
    interface Render {
        void batch(int batch, StringBuilder[] texts);
    }

    /** Renders batches 0 to {@code batches - 1} with {@code render} and copies them into {@code tables}. */
    void run(int batches, Render render, String... tables) throws SQLException {
        run(0, batches, render, tables);
    }

    /**
     * Renders batches {@code from} to {@code to - 1} with {@code render} and copies them into {@code tables}. The
     * texts a batch is rendered into are used again once it is written: a batch's text is megabytes, and new ones for
     * every batch (grown as they filled, then copied as a string and as bytes) were objects the garbage collector
     * found room for outside its young generation, starting a concurrent cycle each time (decision 0067).
     */
    void run(int from, int to, Render render, String... tables) throws SQLException {
        ExecutorService renderer = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "scale-generator-render");
            thread.setDaemon(true);
            return thread;
        });
        Deque<StringBuilder[]> free = new ArrayDeque<>();
        try {
            Deque<Future<StringBuilder[]>> pending = new ArrayDeque<>();
            int next = from;
            for (int written = from; written < to; written++) {
                while (next < to && pending.size() <= AHEAD) {
                    int batch = next++;
                    StringBuilder[] texts = free.isEmpty() ? texts(tables.length) : free.pop();
                    pending.add(renderer.submit(() -> {
                        render.batch(batch, texts);
                        return texts;
                    }));
                }
                StringBuilder[] texts = await(pending.poll());
                for (int t = 0; t < tables.length; t++) {
                    write(tables[t], texts[t]);
                    texts[t].setLength(0);
                }
                free.push(texts);
            }
        } finally {
            renderer.shutdownNow();
        }
    }

    private static StringBuilder[] texts(int tables) {
        StringBuilder[] texts = new StringBuilder[tables];
        for (int t = 0; t < tables; t++) {
            texts[t] = new StringBuilder(PIECE);
        }
        return texts;
    }

    /**
     * Sends {@code text} in pieces of {@link #PIECE} characters, each encoded on its own, not copied whole as a string
     * and as bytes (decision 0067). A piece never ends between the two halves of a surrogate pair.
     */
    private void write(String table, StringBuilder text) throws SQLException {
        if (text.isEmpty()) {
            return;
        }
        var in = copy.copyIn("copy " + table + " from stdin");
        try {
            for (int from = 0; from < text.length(); ) {
                int to = Math.min(text.length(), from + PIECE);
                if (to < text.length() && Character.isHighSurrogate(text.charAt(to - 1))) {
                    to--;
                }
                byte[] bytes = text.substring(from, to).getBytes(StandardCharsets.UTF_8);
                in.writeToCopy(bytes, 0, bytes.length);
                from = to;
            }
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    /** The value of {@code future}, its failure thrown as it was (a runtime exception) or wrapped. */
    static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while generating", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("generating failed: " + e.getCause().getMessage(), e.getCause());
        }
    }
}
