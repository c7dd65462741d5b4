package cn.kjj.platform.report;

import cn.kjj.platform.report.document.AnnualReportPdf;
import cn.kjj.platform.document.Downloads;
import cn.kjj.platform.report.document.ReportText;
import cn.kjj.platform.identity.AccountPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The annual report of a region: its figures and generated sentences (in the request's language) as
 * JSON, or the whole report as a PDF with {@code Accept: application/pdf}. Readers: officials of the
 * region or above, ADMIN, ANALYST (ApiSecurityConfiguration; scope: DashboardAccess, else 404).
 */
@RestController
@Tag(name = "Reports", description = "Annual report per region and year (decision 0018)")
record AnnualReportController(AnnualReportService reports, ReportText text, AnnualReportPdf pdf) {

    static final String PATH = "/api/v1/reports/annual";

    /** The report with its sentences written out in the request's language. */
    record AnnualReportResponse(AnnualReport report, List<String> sentences) {
    }

    @GetMapping(value = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "annualReport", summary = "The annual report of a region: figures of the year and the"
            + " four before it, carriers and R&D platforms by level, generated sentences (Accept-Language zh or en)")
    AnnualReportResponse report(@AuthenticationPrincipal AccountPrincipal me,
                                @Parameter(description = "region code; default: the official's region, else 440700")
                                @RequestParam(required = false) String region,
                                @Parameter(description = "the report's year; default: last year")
                                @RequestParam(required = false) Integer year, Locale locale) {
        AnnualReport report = reports.report(me, region, year);
        return new AnnualReportResponse(report, text.sentences(report, locale));
    }

    @GetMapping(value = PATH, produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(operationId = "annualReportPdf", summary = "The annual report as a PDF")
    @ApiResponse(responseCode = "200", description = "The report as an A4 PDF",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal AccountPrincipal me,
                               @RequestParam(required = false) String region,
                               @RequestParam(required = false) Integer year, Locale locale) {
        AnnualReport report = reports.report(me, region, year);
        return Downloads.attachment(pdf.render(report, locale), AnnualReportPdf.filename(report));
    }
}
