package cn.kjj.platform.imports;

import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Import jobs: an OFFICIAL (within its region) or an ADMIN hands in a file, gets a job at once,
 * and the file is processed in the background; its owner (and ADMIN) follows the job. Others may
 * not import (403) and do not see the job (404).
 */
@Service
public class ImportService {

    /** A job that has not moved for this long lost the node that ran it. */
    static final Duration STALE_AFTER = Duration.ofMinutes(10);
    /** Errors a job view carries at most; the complete report is {@link #errors}. */
    public static final int VIEW_ERRORS = 1_000;

    private final ImportJobs jobs;
    private final ImportProcessor processor;
    private final TaskExecutor executor;

    ImportService(ImportJobs jobs, ImportProcessor processor,
                  @Qualifier(ImportExecutorConfiguration.EXECUTOR) TaskExecutor executor) {
        this.jobs = jobs;
        this.processor = processor;
        this.executor = executor;
    }

    /** Whether {@code person} may import at all (the rows' regions are checked row by row). */
    public static boolean mayImport(AccountPrincipal person) {
        return person != null && (person.has(Role.ADMIN) || person.has(Role.OFFICIAL));
    }

    public int maxRows() {
        return processor.maxRows();
    }

    /**
     * Records a PENDING job and starts it once that record is committed; the source is discarded
     * when the job ends. The job may already be finished when its caller first looks.
     */
    public ImportJobView submit(AccountPrincipal importer, ImportKind kind, ImportSource source) {
        if (!mayImport(importer)) {
            source.discard();
            throw new AccessDeniedToRecordException("error.import.forbidden",
                    "only officials and administrators may import");
        }
        UUID id = UUID.randomUUID();
        jobs.create(id, kind, importer.id(), source.filename(), source.format());
        Runnable start = () -> start(id, kind, importer, source);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    start.run();
                }
            });
        } else {
            start.run();
        }
        return view(importer, id, VIEW_ERRORS);
    }

    /** The job with at most {@code maxErrors} errors; 404 when it is not the viewer's. */
    public ImportJobView find(AccountPrincipal viewer, UUID id, int maxErrors) {
        return view(viewer, id, maxErrors);
    }

    /** The viewer's latest jobs of {@code kind}, newest first. */
    public List<ImportJobView> recent(AccountPrincipal viewer, ImportKind kind, int limit) {
        return mayImport(viewer) ? jobs.recent(viewer.id(), kind, limit) : List.of();
    }

    /** Every stored error of the job, for the downloadable report. */
    public List<RowError> errors(AccountPrincipal viewer, UUID id) {
        view(viewer, id, 0);
        return jobs.errors(id);
    }

    /** Waits until the job has finished or {@code timeout} has passed, and returns it as it then is. */
    public ImportJobView await(AccountPrincipal viewer, UUID id, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        ImportJobView job = view(viewer, id, VIEW_ERRORS);
        while (!job.status().isFinished() && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return job;
            }
            job = view(viewer, id, VIEW_ERRORS);
        }
        return job;
    }

    private ImportJobView view(AccountPrincipal viewer, UUID id, int maxErrors) {
        ImportJobView job = jobs.find(id, maxErrors)
                .filter(j -> viewer != null && (viewer.has(Role.ADMIN) || j.accountId() == viewer.id()))
                .orElseThrow(() -> new NotFoundException("error.import.notFound", "import " + id + " not found", id));
        if (!job.status().isFinished() && jobs.failIfStale(id, STALE_AFTER, RowError.of(null, null,
                "error.import.interrupted", "the import was interrupted; nothing was stored"))) {
            return jobs.find(id, maxErrors).orElseThrow();
        }
        return job;
    }

    private void start(UUID id, ImportKind kind, AccountPrincipal importer, ImportSource source) {
        try {
            executor.execute(() -> runAs(importer, () -> processor.run(id, kind, importer, source)));
        } catch (TaskRejectedException e) {
            source.discard();
            jobs.fail(id, 1, List.of(RowError.of(null, null, "error.import.busy",
                    "too many imports are waiting; try again in a few minutes")));
        }
    }

    /** The audit event names the importer: the job runs with the importer's identity. */
    private static void runAs(AccountPrincipal importer, Runnable task) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(importer, null,
                importer.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            task.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
