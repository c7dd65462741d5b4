package cn.kjj.platform.indicator;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The answers kept by a {@link KeptAnswerFilter} (the indicators', the word search's): JSON bytes with their content type, strong {@code ETag} and
 * the {@link DataGeneration} read before they were computed. Bounded in entries and bytes: past either bound the
 * map starts over (the answers are recomputed as asked; decisions 0057, 0064). An answer larger than an eighth of the
 * byte bound is not kept.
 */
final class KeptAnswers {

    record Answer(long generation, String contentType, String etag, byte[] body) {
    }

    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final int maxEntries;
    private final long maxBytes;
    private long bytes;

    KeptAnswers(int maxEntries, long maxBytes) {
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
    }

    /** The answer kept under {@code key} if it was computed in {@code generation}, else null. */
    Answer get(String key, long generation) {
        Answer a = answers.get(key);
        return a != null && a.generation() == generation ? a : null;
    }

    synchronized void put(String key, Answer answer) {
        long size = answer.body().length + 2L * key.length();
        if (size > maxBytes / 8) {
            return;
        }
        Answer old = answers.get(key);
        if (old == null && answers.size() >= maxEntries || bytes + size > maxBytes) {
            answers.clear();
            bytes = 0;
            old = null;
        }
        answers.put(key, answer);
        bytes += size - (old == null ? 0 : old.body().length + 2L * key.length());
    }

    int size() {
        return answers.size();
    }

    /** A strong entity tag of the bytes: equal bytes, equal tag, whatever generation computed them. */
    static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 18))
                    + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
