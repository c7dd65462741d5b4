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
 * goes in, or (on any failure, e.g. a concurrent duplicate the schema refuses) none.
 */
@Service
class ImportStore {

    static final String AUDIT_ENTITY = "import_job";

    private final AuditLog audit;

    ImportStore(AuditLog audit) {
        this.audit = audit;
    }

    @Transactional
    <W> KindImport.WriteCounts write(KindImport<?, W> kind, List<W> rows, ImportScope scope, UUID jobId,
                                     String filename, IntConsumer progress) {
        KindImport.WriteCounts counts = kind.write(rows, scope, progress);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("kind", kind.kind().name());
        after.put("filename", filename);
        after.put("rows", rows.size());
        after.put("created", counts.created());
        after.put("revised", counts.revised());
        audit.record("import." + kind.kind().slug(), AUDIT_ENTITY, jobId, scope.importer().regionCode(), null, after);
        return counts;
    }
}
