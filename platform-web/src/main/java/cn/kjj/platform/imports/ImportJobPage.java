package cn.kjj.platform.imports;

import cn.kjj.platform.common.ClockConfiguration;
import cn.kjj.platform.imports.document.ImportErrorResponse;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * An import job as its page shows it: the job, its times in the bureau's zone, how far it has
 * got, and (when FAILED) the first errors in the reader's language.
 */
public record ImportJobPage(ImportJobView job, String createdAt, String finishedAt, int percent,
                     List<ImportErrorResponse> errors, boolean truncated, String listPath) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ClockConfiguration.BUREAU_ZONE);

    static ImportJobPage of(ImportJobView job, List<ImportErrorResponse> errors) {
        Integer total = job.totalRows();
        int percent = total == null || total == 0 ? 0 : (int) Math.min(100, job.processedRows() * 100L / total);
        return new ImportJobPage(job, time(job.createdAt()), time(job.finishedAt()),
                job.status() == ImportJobStatus.DONE ? 100 : percent, errors, job.errorCount() > errors.size(),
                listPath(job.kind()));
    }

    static String time(Instant instant) {
        return instant == null ? null : TIME.format(instant);
    }

    /** The message key of the progress line: queued, reading (rows not yet counted), checking, writing. */
    public String phaseKey() {
        if (job.status() == ImportJobStatus.PENDING) {
            return "imports.progress.pending";
        }
        if (job.totalRows() == null) {
            return "imports.progress.reading";
        }
        return job.status() == ImportJobStatus.WRITING ? "imports.progress.writing" : "imports.progress.validating";
    }

    public boolean finished() {
        return job.status().isFinished();
    }

    /** The registry list where imported records are found. */
    static String listPath(ImportKind kind) {
        return switch (kind) {
            case ENTERPRISES -> "/enterprises";
            case CERTIFICATIONS -> "/certifications/expiring";
            case INCUBATORS -> "/incubators";
            case LABS -> "/labs";
            case STATISTICS -> "/statistics";
            case TECH_SMES -> "/tech-smes";
            case ACHIEVEMENTS -> "/achievements";
            case EXTERNAL_CONTRACTS -> "/contracts/external";
            case ANNUAL_FIGURES -> "/enterprises";
        };
    }
}
