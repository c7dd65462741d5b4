package cn.kjj.platform.imports;

import cn.kjj.platform.imports.document.ImportErrorResponse;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An import job. {@code processedRows} counts within the current phase (VALIDATING: rows read,
 * then rows checked; WRITING: rows written) and equals {@code totalRows} at DONE. A FAILED job
 * lists at most {@value ImportService#VIEW_ERRORS} {@code errors}; {@code errorCount} counts all,
 * and {@code GET /api/v1/imports/{id}/errors} gives the complete report as CSV.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportJobResponse(UUID id, String kind, ImportJobStatus status, String filename, String format,
                                Integer totalRows, int processedRows, int errorCount, Integer createdRows,
                                Integer revisedRows, Instant createdAt, Instant finishedAt,
                                List<ImportErrorResponse> errors) {

    /** The job with {@code errors} as given (in the reader's language), or none. */
    static ImportJobResponse of(ImportJobView job, List<ImportErrorResponse> errors) {
        return new ImportJobResponse(job.id(), job.kind().slug(), job.status(), job.filename(), job.format(),
                job.totalRows(), job.processedRows(), job.errorCount(), job.createdRows(), job.revisedRows(),
                job.createdAt(), job.finishedAt(), errors);
    }
}
