package cn.kjj.platform.indicator;

import cn.kjj.platform.common.Bookkeeping;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Moves the {@link DataGeneration} after every read-write transaction of this node commits (Spring Boot adds
 * every {@code TransactionExecutionListener} bean to its transaction manager). The listener runs inside the
 * commit, before the method that wrote returns: a write's own answer is sent after the move, so the writer's
 * next read, and everybody's on this node, is computed afresh (decision 0057). {@link Bookkeeping} transactions
 * (sessions, a token's last use) do not move it.
 */
@Component
class CommitGeneration implements TransactionExecutionListener {

    private final DataGeneration generation;

    CommitGeneration(DataGeneration generation) {
        this.generation = generation;
    }

    @Override
    public void afterCommit(TransactionExecution transaction, Throwable commitFailure) {
        if (!transaction.isReadOnly() && !Bookkeeping.only(transaction)) {
            generation.advance();
        }
    }
}
