package cn.kjj.platform.audit;

/**
 * The result of checking the audit hash chain from its first event to its head.
 *
 * @param intact       true when every event's hash matches its content and links to the one before
 * @param events       the events checked (all of them when intact; up to the broken one otherwise)
 * @param headHash     the hash of the chain's head (note it elsewhere to detect a rewrite of the whole chain)
 * @param brokenSeq    the sequence number where the chain breaks, or null
 * @param brokenEventId the id of the event found there (null when that event is missing)
 * @param problem      what is wrong there: {@code content}, {@code link}, {@code missing} or {@code head}
 */
public record AuditChainCheck(boolean intact, long events, String headHash, Long brokenSeq, Long brokenEventId,
                              String problem) {

    public static AuditChainCheck ok(long events, String headHash) {
        return new AuditChainCheck(true, events, headHash, null, null, null);
    }

    public static AuditChainCheck broken(long checked, String headHash, long seq, Long eventId, String problem) {
        return new AuditChainCheck(false, checked, headHash, seq, eventId, problem);
    }

    /** One line for people: {@code audit chain OK: 42 events} or where and how it breaks. */
    public String describe() {
        if (intact) {
            return "audit chain OK: " + events + " events (head " + headHash + ")";
        }
        return "audit chain BROKEN at seq " + brokenSeq
                + (brokenEventId == null ? "" : " (event id " + brokenEventId + ")") + ": " + problem
                + " (" + events + " events intact before it)";
    }
}
