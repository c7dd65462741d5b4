package cn.kjj.platform.report;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** How the annual report's PDF is sent, by the API and by the portal alike. */
public final class ReportDownloads {

    private ReportDownloads() {
    }

    /** The name the PDF is downloaded as: annual-report-440704-2022.pdf. */
    public static String filename(AnnualReport report) {
        return "annual-report-" + report.region().code() + "-" + report.year() + ".pdf";
    }

    /** A PDF sent as a download, not kept by caches. */
    public static ResponseEntity<byte[]> pdf(byte[] body, String filename) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .contentLength(body.length)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(body);
    }
}
