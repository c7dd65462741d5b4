package cn.kjj.platform.report.document;

import cn.kjj.platform.document.PdfDocuments;
import cn.kjj.platform.report.AnnualReport;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The annual report as a document (decision 0018, ADR 0029): {@code templates/documents/annual-report.html}
 * in the reader's language, as a PDF, and the same body on the portal's report page, which includes the
 * template's {@code report} fragment with the {@link AnnualReportDocument} of {@link #document}.
 */
@Component
public record AnnualReportPdf(PdfDocuments documents, ReportText text, Clock clock) {

    private static final String TEMPLATE = "documents/annual-report";

    /** What the report's template shows, for the PDF and for the page. */
    public AnnualReportDocument document(AnnualReport report, Locale locale) {
        String generated = text.label("report.generated", locale, ReportText.date(LocalDate.now(clock), locale));
        return new AnnualReportDocument(report, title(report, locale), generated, text.sentences(report, locale),
                text, locale);
    }

    public byte[] render(AnnualReport report, Locale locale) {
        AnnualReportDocument document = document(report, locale);
        return documents.render(TEMPLATE, Map.of("doc", document), locale,
                new PdfDocuments.Info(document.title(), null));
    }

    public String title(AnnualReport report, Locale locale) {
        return text.label("report.title", locale, report.region().displayName(locale), String.valueOf(report.year()));
    }

    /** The name the PDF is downloaded as: annual-report-440704-2022.pdf. */
    public static String filename(AnnualReport report) {
        return "annual-report-" + report.region().code() + "-" + report.year() + ".pdf";
    }
}
