package cn.kjj.platform.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Follows the chain row by row (in seq order) keeping only the previous hash, so that any length
 * fits in memory; remembers the first place where it breaks.
 */
final class AuditChainWalk implements RowCallbackHandler {

    static final int FETCH_SIZE = 1_000;
    static final String GENESIS = "0".repeat(64);

    private long checked;
    private long expectedSeq = 1;
    private String previousHash = GENESIS;
    private AuditChainCheck broken;

    @Override
    public void processRow(ResultSet rs) throws SQLException {
        if (broken != null) {
            return;
        }
        long seq = rs.getLong("seq");
        long id = rs.getLong("id");
        if (seq != expectedSeq) {
            // an event is missing before this one (deleted): name the gap and the event after it
            broken = AuditChainCheck.broken(checked, null, expectedSeq, id, "missing");
        } else if (!previousHash.equals(rs.getString("prev_hash"))) {
            broken = AuditChainCheck.broken(checked, null, seq, id, "link");
        } else if (!rs.getString("hash").equals(rs.getString("recomputed"))) {
            broken = AuditChainCheck.broken(checked, null, seq, id, "content");
        } else {
            checked++;
            expectedSeq++;
            previousHash = rs.getString("hash");
        }
    }

    /** The verdict once every row has been seen, against the chain's head. */
    AuditChainCheck result(long headSeq, String headHash) {
        if (broken != null) {
            return AuditChainCheck.broken(broken.events(), headHash, broken.brokenSeq(), broken.brokenEventId(),
                    broken.problem());
        }
        if (headSeq != checked || !headHash.equals(previousHash)) {
            // the newest events were removed (or the head was rewritten)
            return AuditChainCheck.broken(checked, headHash, checked + 1, null, "head");
        }
        return AuditChainCheck.ok(checked, headHash);
    }
}
