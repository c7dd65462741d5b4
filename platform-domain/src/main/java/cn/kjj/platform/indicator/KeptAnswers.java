package cn.kjj.platform.indicator;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.ToLongFunction;

/**
 * Answers kept in memory under the {@link DataGeneration} read before each was computed (decision 0057): an answer is
 * served only while the generation is still that number, so it is never older than the data. Bounded in entries and
 * in weight (the indicator cache weighs its JSON bytes, the dashboards count one each): past a bound, Caffeine
 * evicts by frequency and recency (decision 0069), so a scan of addresses each asked once (a report client's
 * thousand regions, a crawler) does not throw out the answers asked over and over, as the plain map that started
 * over did. An answer heavier than an eighth of the weight bound is not kept. An answer of an old generation stays
 * until it is replaced in place or evicted; it is never served.
 * <p>
 * {@link #obtain} computes an answer that is not kept once for all who ask it at the same time (decision 0069): when
 * the generation moves, every client of a dashboard or a report asks the same address again at once, and each
 * computing it on its own would multiply the work on a few cores and the wait of every one of them.
 *
 * @param <V> what is kept
 */
public final class KeptAnswers<V> {

    private record Kept<V>(long generation, V answer, long weight) {
    }

    /** An answer being computed: of this key, in this generation. */
    private record Flight(String key, long generation) {
    }

    /** A computation of an answer; it may throw what its caller throws. */
    @FunctionalInterface
    public interface Computation<V, E extends Exception> {
        /** The answer, or null when it is not to be kept nor shared (it was sent some other way). */
        V compute() throws E;
    }

    /**
     * How long a request waits for the same answer computed by another before computing its own: longer than any
     * answer takes, so it is reached only when the computing request is stuck.
     */
    static final long WAIT_SECONDS = 30;

    private final Map<Flight, CompletableFuture<V>> flights = new ConcurrentHashMap<>();

    private final Cache<String, Kept<V>> kept;
    private final long maxWeight;
    private final ToLongFunction<V> weigher;

    /**
     * @param weigher the weight of an answer, its key's length aside; null: each answer counts one, and {@code
     *                maxWeight} is not used. Each answer weighs at least {@code maxWeight / maxEntries}, so that
     *                both bounds hold.
     */
    public KeptAnswers(int maxEntries, long maxWeight, ToLongFunction<V> weigher) {
        this.maxWeight = weigher == null ? Long.MAX_VALUE : maxWeight;
        this.weigher = weigher == null ? answer -> 0 : weigher;
        Caffeine<Object, Object> builder = Caffeine.newBuilder()
                // eviction's upkeep in the caller's thread, not the common pool's
                .executor(Runnable::run);
        if (weigher == null) {
            this.kept = builder.maximumSize(maxEntries).build();
        } else {
            long least = Math.max(1, maxWeight / Math.max(1, maxEntries));
            this.kept = builder.maximumWeight(maxWeight)
                    .<String, Kept<V>>weigher((key, k) -> (int) Math.min(Integer.MAX_VALUE, Math.max(least, k.weight())))
                    .build();
        }
    }

    /** At most {@code maxEntries} answers, each counting one. */
    public static <V> KeptAnswers<V> counted(int maxEntries) {
        return new KeptAnswers<>(maxEntries, 0, null);
    }

    /** The answer kept under {@code key} if it was computed in {@code generation}, else null (and always for NONE). */
    public V get(String key, long generation) {
        Kept<V> k = generation == DataGeneration.NONE ? null : kept.getIfPresent(key);
        return k != null && k.generation() == generation ? k.answer() : null;
    }

    /**
     * The answer kept under {@code key} if it was computed in {@code generation}; else the answer another caller is
     * computing for the same key and generation, once it is there; else {@code computation}'s, which is kept. Only
     * one of the callers asking at the same time computes (the others wait for it); when its computation throws or
     * returns null, each of the others runs its own. With {@link DataGeneration#NONE} every caller computes its own
     * and nothing is kept.
     *
     * @return the answer; null only when this caller's own computation returned null
     */
    public <E extends Exception> V obtain(String key, long generation, Computation<V, E> computation) throws E {
        V answer = get(key, generation);
        if (answer != null) {
            return answer;
        }
        if (generation == DataGeneration.NONE) {
            return computation.compute();
        }
        Flight flight = new Flight(key, generation);
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> theirs = flights.putIfAbsent(flight, mine);
        if (theirs != null) {
            V shared = await(theirs);
            return shared != null ? shared : computation.compute();
        }
        try {
            // kept by a computation that ended between the first look and this one's start
            answer = get(key, generation);
            if (answer == null) {
                answer = computation.compute();
                if (answer != null) {
                    put(key, generation, answer);
                }
            }
            mine.complete(answer);
            return answer;
        } finally {
            // thrown: the waiting callers compute their own
            mine.complete(null);
            flights.remove(flight, mine);
        }
    }

    /** The answer another caller computes, null when it failed, returned none or took too long. */
    private static <V> V await(CompletableFuture<V> theirs) {
        try {
            return theirs.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    /** Keeps {@code answer}, computed after {@code generation} was read; nothing when that was {@link DataGeneration#NONE}. */
    public void put(String key, long generation, V answer) {
        if (generation == DataGeneration.NONE) {
            return;
        }
        long size = weigher.applyAsLong(answer) + 2L * key.length();
        if (size > maxWeight / 8) {
            return;
        }
        // an answer of a later generation is not replaced by one computed before it
        kept.asMap().merge(key, new Kept<>(generation, answer, size),
                (old, fresh) -> old.generation() > fresh.generation() ? old : fresh);
    }
}
