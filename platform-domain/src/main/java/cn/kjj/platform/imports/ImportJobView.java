package cn.kjj.platform.imports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An import job as its owner sees it. {@code processedRows} counts within the current phase:
 * rows read or checked while VALIDATING, rows written while WRITING; at DONE it equals
 * {@code totalRows}. {@code errors} holds at most the number asked for; {@code errorCount} all.
 */
public record ImportJobView(UUID id, ImportKind kind, long accountId, String filename, String format,
                            ImportJobStatus status, Integer totalRows, int processedRows, int errorCount,
                            Integer createdRows, Integer revisedRows, List<RowError> errors,
                            Instant createdAt, Instant updatedAt, Instant finishedAt) {

    public ImportJobView {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }
}
