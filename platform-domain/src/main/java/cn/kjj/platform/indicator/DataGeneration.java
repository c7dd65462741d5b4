package cn.kjj.platform.indicator;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * This node's data generation (decision 0057): a number that moves after every read-write transaction this node
 * commits ({@link CommitGeneration}) and whenever PostgreSQL says data the indicators read changed anywhere
 * ({@link DataChangeListener}). An answer computed while the generation was {@code g} may be served again only
 * while it is still {@code g}. While nobody listens for PostgreSQL's notices (start-up, a lost connection, the
 * cache turned off) there is no usable generation: {@link #current} is {@link #NONE} and nothing may be served
 * from memory.
 */
@Component
public class DataGeneration {

    /** No generation: do not serve from memory nor keep what is computed. */
    public static final long NONE = -1;

    private final AtomicLong value = new AtomicLong();
    private volatile boolean listening;

    /** The generation to read before computing an answer; {@link #NONE} while changes elsewhere go unheard. */
    public long current() {
        return listening ? value.get() : NONE;
    }

    /** Data may have changed: every answer computed so far is old. */
    public void advance() {
        value.incrementAndGet();
    }

    /**
     * Whether changes made elsewhere are heard. Either way the generation moves, so that nothing computed before
     * the change of state is served after it (what was kept before a lost connection could have missed a notice).
     */
    public void listening(boolean on) {
        value.incrementAndGet();
        listening = on;
        value.incrementAndGet();
    }

    public boolean listening() {
        return listening;
    }
}
