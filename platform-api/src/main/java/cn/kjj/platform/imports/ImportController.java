package cn.kjj.platform.imports;

import cn.kjj.platform.http.Problems;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.imports.document.ImportReports;
import cn.kjj.platform.imports.document.ImportTemplates;
import cn.kjj.platform.imports.document.ImportUploads;
import cn.kjj.platform.spreadsheet.SpreadsheetFormat;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * CSV and XLSX imports of the registries (OFFICIAL within its region, ADMIN). An upload answers
 * 202 with a job to poll; a file goes in whole or not at all, and a failed job lists every bad
 * line with its reason. With {@code wait=true} the request waits for the job (up to a minute) and
 * answers 201, or 400 with the errors as problem JSON.
 */
@RestController
@RequestMapping(ImportController.BASE)
@Tag(name = "Imports", description = "CSV/XLSX imports of enterprises, certifications, incubators, labs, statistics, technology SMEs")
record ImportController(ImportService imports, ImportUploads uploads, ImportTemplates templates, ImportReports reports,
                        Problems problems) {

    static final String BASE = "/api/v1/imports";
    static final Duration MAX_WAIT = Duration.ofSeconds(60);

    @Operation(summary = "Upload a CSV or XLSX file (multipart part 'file') of one kind: "
            + "enterprises, certifications, incubators, labs, statistics or tech-smes")
    @PostMapping(path = "/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Object> upload(@AuthenticationPrincipal AccountPrincipal me, @PathVariable String kind,
                                  @RequestPart("file") MultipartFile file,
                                  @RequestParam(defaultValue = "false") boolean wait, HttpServletRequest request) {
        ImportKind importKind = ImportKind.fromSlug(kind);
        ImportJobView job = imports.submit(me, importKind, uploads.receive(file));
        URI location = URI.create(BASE + "/" + job.id());
        Locale locale = problems.locale(request);
        if (wait) {
            job = imports.await(me, job.id(), MAX_WAIT);
            if (job.status() == ImportJobStatus.DONE) {
                return ResponseEntity.created(location).body(response(job, locale));
            }
            if (job.status() == ImportJobStatus.FAILED) {
                return rejected(job, location, locale);
            }
        }
        return ResponseEntity.accepted().location(location).body(response(job, locale));
    }

    @Operation(summary = "An import job: its progress, and when FAILED the first 1,000 errors")
    @GetMapping("/{id}")
    ImportJobResponse job(@AuthenticationPrincipal AccountPrincipal me, @PathVariable UUID id,
                          HttpServletRequest request) {
        return response(imports.find(me, id, ImportService.VIEW_ERRORS), problems.locale(request));
    }

    @Operation(summary = "Every error of a failed import as a report to download (format=csv|xlsx)")
    @GetMapping("/{id}/errors")
    void errors(@AuthenticationPrincipal AccountPrincipal me, @PathVariable UUID id,
                @RequestParam(required = false) String format, HttpServletRequest request,
                HttpServletResponse response) throws IOException {
        ImportJobView job = imports.find(me, id, 0);
        List<RowError> errors = imports.errors(me, id);
        SpreadsheetFormat chosen = SpreadsheetFormat.requested(format, request.getHeader("Accept"))
                .orElse(SpreadsheetFormat.CSV);
        reports.sendErrorReport(response, job, errors, chosen, problems.locale(request));
    }

    @Operation(summary = "The template of a kind of import file: header row and one example row (format=csv|xlsx)")
    @GetMapping("/{kind}/template")
    void template(@PathVariable String kind, @RequestParam(defaultValue = "csv") String format,
                  HttpServletResponse response) throws IOException {
        templates.send(response, ImportKind.fromSlug(kind), format);
    }

    /** The job, with its errors in the reader's language when it FAILED. */
    private ImportJobResponse response(ImportJobView job, Locale locale) {
        return ImportJobResponse.of(job, job.status() == ImportJobStatus.FAILED
                ? reports.localized(job.errors(), locale) : null);
    }

    private ResponseEntity<Object> rejected(ImportJobView job, URI location, Locale locale) {
        boolean tooManyRows = job.errors().stream().anyMatch(e -> "error.import.tooManyRows".equals(e.code()));
        HttpStatus status = tooManyRows ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
        ProblemDetail problem = problems.problem(status, "error.import.rejected", new Object[] {job.errorCount()},
                null, locale);
        problem.setInstance(location);
        problem.setProperty("jobId", job.id());
        problem.setProperty("errorCount", job.errorCount());
        problem.setProperty(Problems.ERRORS, reports.localized(job.errors(), locale));
        return ResponseEntity.status(status).location(location).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
