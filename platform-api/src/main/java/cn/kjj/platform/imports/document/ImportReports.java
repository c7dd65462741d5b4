package cn.kjj.platform.imports.document;

import cn.kjj.platform.http.Problems;
import cn.kjj.platform.imports.ImportJobView;
import cn.kjj.platform.imports.RowError;
import cn.kjj.platform.spreadsheet.ExportColumn;
import cn.kjj.platform.spreadsheet.SpreadsheetExport;
import cn.kjj.platform.spreadsheet.SpreadsheetFormat;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** An import job's errors in the reader's language, as a list and as a downloadable report. */
@Component
public record ImportReports(Problems problems) {

    public List<ImportErrorResponse> localized(List<RowError> errors, Locale locale) {
        return errors.stream().map(e -> localized(e, locale)).toList();
    }

    public ImportErrorResponse localized(RowError error, Locale locale) {
        return new ImportErrorResponse(error.line(), error.column(), error.code(),
                problems.message(error.code(), error.args().toArray(), error.defaultMessage(), locale));
    }

    /** The complete error report of a job in the format named {@code csv} or {@code xlsx} (else 404). */
    public void sendErrorReport(HttpServletResponse response, ImportJobView job, List<RowError> errors,
                                String format, Locale locale) throws IOException {
        sendErrorReport(response, job, errors, ImportTemplates.named(format), locale);
    }

    /** The complete error report of a job: line, column, reason. */
    public void sendErrorReport(HttpServletResponse response, ImportJobView job, List<RowError> errors,
                                SpreadsheetFormat format, Locale locale) throws IOException {
        List<ExportColumn<ImportErrorResponse>> columns = List.of(
                ExportColumn.of(label("import.report.line", "Line", locale), ImportErrorResponse::line),
                ExportColumn.of(label("import.report.column", "Column", locale), ImportErrorResponse::column),
                ExportColumn.of(label("import.report.reason", "Reason", locale), ImportErrorResponse::message));
        SpreadsheetExport.send(response, format, job.kind().slug() + "-errors-" + job.id().toString().substring(0, 8),
                columns, localized(errors, locale));
    }

    private String label(String code, String fallback, Locale locale) {
        return problems.message(code, null, fallback, locale);
    }
}
