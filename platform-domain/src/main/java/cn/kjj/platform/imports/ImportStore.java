package cn.kjj.platform.imports;

import cn.kjj.platform.audit.AuditLog;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a checked file in one transaction with one audit event for the whole file: every row
 * goes in, or (on any failure, e.g. a concurrent duplicate the schema refuses) none. The job
 * becomes DONE in that same transaction, so a job that another node declared interrupted
 * meanwhile keeps none of its rows.
 */
@Service
class ImportStore {

    static final String AUDIT_ENTITY = "import_job";

    private final AuditLog audit;
    private final ImportJobs jobs;

    ImportStore(AuditLog audit, ImportJobs jobs) {
        this.audit = audit;
        this.jobs = jobs;
    }

    @Transactional
    <W> KindImport.WriteCounts write(KindImport<?, W> kind, List<W> rows, ImportScope scope, UUID jobId,
                                     String filename, int totalRows, IntConsumer progress) {
        KindImport.WriteCounts counts = kind.write(rows, scope, progress);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("kind", kind.kind().name());
        after.put("filename", filename);
        after.put("rows", rows.size());
        after.put("created", counts.created());
        after.put("revised", counts.revised());
        audit.record("import." + kind.kind().slug(), AUDIT_ENTITY, jobId, scope.importer().regionCode(), null, after);
        if (!jobs.done(jobId, totalRows, counts.created(), counts.revised())) {
            throw new Interrupted(jobId);
        }
        return counts;
    }

    /** The job was declared interrupted while its rows were being written: they are rolled back. */
    static final class Interrupted extends RuntimeException {
        Interrupted(UUID jobId) {
            super("import " + jobId + " was declared interrupted while writing; its rows were rolled back");
        }
    }
}
