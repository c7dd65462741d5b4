package cn.kjj.platform.imports;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The state of import jobs (table {@code import_job}), kept in the database so that any node can
 * answer a poll. Every method but {@link #done} commits on its own, also when called inside the
 * transaction that writes the rows: progress must be visible while that transaction runs. A job
 * that is already finished (DONE, or FAILED also when another node declared it interrupted) no
 * longer changes.
 */
public interface ImportJobs {

    void create(UUID id, ImportKind kind, long accountId, String filename, String format);

    /** The job with at most {@code maxErrors} of its errors. */
    Optional<ImportJobView> find(UUID id, int maxErrors);

    /** The latest jobs of an account for one kind, newest first, without their errors. */
    List<ImportJobView> recent(long accountId, ImportKind kind, int limit);

    /** Every stored error of the job, in line order. */
    List<RowError> errors(UUID id);

    /** Enters {@code status} with its progress counter at zero. */
    void enter(UUID id, ImportJobStatus status, Integer totalRows);

    void progress(UUID id, int processedRows);

    void fail(UUID id, int errorCount, List<RowError> errors);

    /**
     * Marks a WRITING job DONE inside the transaction that wrote its rows, so that both commit or
     * neither does; false when the job is no longer WRITING (another node declared it
     * interrupted): the caller must then roll its rows back.
     */
    boolean done(UUID id, int totalRows, int createdRows, int revisedRows);

    /**
     * Marks the job FAILED when it is unfinished and has not moved for {@code after} (the node
     * that ran it stopped); true when it did.
     */
    boolean failIfStale(UUID id, Duration after, RowError reason);
}
