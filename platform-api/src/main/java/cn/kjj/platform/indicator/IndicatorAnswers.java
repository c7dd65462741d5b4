package cn.kjj.platform.indicator;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * What {@link IndicatorCacheFilter} keeps of an answer: its JSON bytes with their content type and strong
 * {@code ETag}, in {@link KeptAnswers} weighed by the bytes (decision 0057).
 */
final class IndicatorAnswers {

    record Answer(String contentType, String etag, byte[] body) {
    }

    private IndicatorAnswers() {
    }

    /** Kept answers bounded by {@code maxEntries} and {@code maxBytes} of bodies. */
    static KeptAnswers<Answer> kept(int maxEntries, long maxBytes) {
        return new KeptAnswers<>(maxEntries, maxBytes, a -> a.body().length);
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
