package cn.kjj.platform.indicator;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;

/**
 * Answers kept in memory under the {@link DataGeneration} read before each was computed (decision 0057): an answer is
 * served only while the generation is still that number, so it is never older than the data. Bounded in entries and
 * in weight (the indicator cache weighs its JSON bytes, the dashboards count one each): past either bound the map
 * starts over and the answers are computed again as they are asked for. An answer heavier than an eighth of the
 * weight bound is not kept. A plain map rather than an eviction order: the working set is small (an address or a
 * dashboard per reach and day) and is replaced in place when the generation moves.
 *
 * @param <V> what is kept
 */
public final class KeptAnswers<V> {

    private record Kept<V>(long generation, V answer, long weight) {
    }

    private final Map<String, Kept<V>> kept = new ConcurrentHashMap<>();
    private final int maxEntries;
    private final long maxWeight;
    private final ToLongFunction<V> weigher;
    private long weight;

    /** @param weigher the weight of an answer, its key's length aside */
    public KeptAnswers(int maxEntries, long maxWeight, ToLongFunction<V> weigher) {
        this.maxEntries = maxEntries;
        this.maxWeight = maxWeight;
        this.weigher = weigher;
    }

    /** At most {@code maxEntries} answers, each weighing one. */
    public static <V> KeptAnswers<V> counted(int maxEntries) {
        return new KeptAnswers<>(maxEntries, Long.MAX_VALUE, answer -> 1);
    }

    /** The answer kept under {@code key} if it was computed in {@code generation}, else null (and always for NONE). */
    public V get(String key, long generation) {
        Kept<V> k = generation == DataGeneration.NONE ? null : kept.get(key);
        return k != null && k.generation() == generation ? k.answer() : null;
    }

    /** Keeps {@code answer}, computed after {@code generation} was read; nothing when that was {@link DataGeneration#NONE}. */
    public synchronized void put(String key, long generation, V answer) {
        if (generation == DataGeneration.NONE) {
            return;
        }
        long size = weigher.applyAsLong(answer) + 2L * key.length();
        if (size > maxWeight / 8) {
            return;
        }
        Kept<V> old = kept.get(key);
        if (old == null && kept.size() >= maxEntries || weight + size > maxWeight) {
            kept.clear();
            weight = 0;
            old = null;
        }
        kept.put(key, new Kept<>(generation, answer, size));
        weight += size - (old == null ? 0 : old.weight());
    }
}
