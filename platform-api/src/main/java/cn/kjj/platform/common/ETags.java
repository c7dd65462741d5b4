package cn.kjj.platform.common;

import java.net.URI;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;
import org.springframework.http.ResponseEntity;

/**
 * Versions as HTTP entity tags: single resources answer {@code ETag: "3"}, and writes that carry
 * {@code If-Match} are refused with 412 when the record has moved on.
 */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** 200 with the record and its version as the {@code ETag}. */
    public static <T> ResponseEntity<T> ok(T body, long version) {
        return ResponseEntity.ok().eTag(of(version)).body(body);
    }

    /** 200 with the record and its version, read by {@code version}, as the {@code ETag}. */
    public static <T> ResponseEntity<T> ok(T body, ToLongFunction<T> version) {
        return ok(body, version.applyAsLong(body));
    }

    /**
     * A {@code PUT} under {@code If-Match}: the version it expects ({@link #expected}: 412 when the
     * header names another), the write given that version (null without a header: the service then
     * does not check it), and 200 with the record written and its new version as the {@code ETag}.
     */
    public static <T> ResponseEntity<T> replaced(String ifMatch, LongSupplier current, String entity, Object id,
                                                 Function<Long, T> write, ToLongFunction<T> version) {
        return ok(write.apply(expected(ifMatch, current, entity, id)), version);
    }

    /** 201 with {@code Location: base/id}, the record and its version as the {@code ETag}. */
    public static <T> ResponseEntity<T> created(String base, long id, T body, long version) {
        return ResponseEntity.created(URI.create(base + "/" + id)).eTag(of(version)).body(body);
    }

    /**
     * The version a write with this {@code If-Match} expects, for the service to check again
     * inside its transaction: null when there is no header (or {@code *}), else the current
     * version if the header names it; 412 when it does not.
     */
    public static Long expected(String ifMatch, LongSupplier current, String entity, Object id) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        long version = current.getAsLong();
        checkIfMatch(ifMatch, version, entity, id);
        return version;
    }

    /**
     * Checks an {@code If-Match} header against the current version; no header (or {@code *})
     * passes. Throws {@link PreconditionFailedException} otherwise.
     */
    public static void checkIfMatch(String ifMatch, long current, String entity, Object id) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return;
        }
        long first = -1;
        for (String tag : ifMatch.split(",")) {
            long version = parse(tag);
            if (version == current) {
                return;
            }
            if (first == -1) {
                first = version;
            }
        }
        throw new PreconditionFailedException(entity, id, first, current);
    }

    private static long parse(String tag) {
        String t = tag.strip();
        if (t.startsWith("W/")) {
            t = t.substring(2);
        }
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
            t = t.substring(1, t.length() - 1);
        }
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
