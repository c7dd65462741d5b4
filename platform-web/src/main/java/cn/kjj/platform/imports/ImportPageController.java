package cn.kjj.platform.imports;

import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.imports.document.ImportReports;
import cn.kjj.platform.imports.document.ImportTemplates;
import cn.kjj.platform.imports.document.ImportUploads;
import cn.kjj.platform.portal.PortalMessages;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The import pages (OFFICIAL, ADMIN): the kinds of file ({@code /imports}), one kind's page with its
 * columns, templates and upload form ({@code /imports/{kind}}), and a job's page
 * ({@code /imports/jobs/{id}}) that follows it to its end and then shows the result or every bad
 * line.
 */
@Controller
record ImportPageController(ImportService imports, ImportUploads uploads, ImportTemplates templates,
                            ImportReports reports, PortalMessages messages) {

    static final String IMPORTS = "/imports";
    static final String VIEW_INDEX = "imports/index";
    static final String VIEW_KIND = "imports/kind";
    static final String VIEW_JOB = "imports/job";
    static final int RECENT_JOBS = 10;

    @GetMapping(IMPORTS)
    String index(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        requireImporter(me);
        model.addAttribute("kinds", Arrays.asList(ImportKind.values()));
        return VIEW_INDEX;
    }

    @GetMapping(IMPORTS + "/{kind}")
    String kind(@AuthenticationPrincipal AccountPrincipal me, @PathVariable String kind, Model model) {
        requireImporter(me);
        ImportKind importKind = ImportKind.fromSlug(kind);
        model.addAttribute("kind", importKind);
        model.addAttribute("columns", importKind.layout().columns());
        model.addAttribute("maxRows", imports.maxRows());
        model.addAttribute("maxMiB", uploads.maxBytes() / (1024 * 1024));
        model.addAttribute("recent", imports.recent(me, importKind, RECENT_JOBS).stream()
                .map(j -> ImportJobPage.of(j, List.of())).toList());
        return VIEW_KIND;
    }

    @GetMapping(IMPORTS + "/{kind}/template.{format}")
    void template(@AuthenticationPrincipal AccountPrincipal me, @PathVariable String kind,
                  @PathVariable String format, HttpServletResponse response) throws IOException {
        requireImporter(me);
        templates.send(response, ImportKind.fromSlug(kind), format);
    }

    @PostMapping(IMPORTS + "/{kind}")
    String upload(@AuthenticationPrincipal AccountPrincipal me, @PathVariable String kind,
                  @RequestParam(name = "file", required = false) MultipartFile file, Locale locale,
                  RedirectAttributes redirect) {
        requireImporter(me);
        ImportKind importKind = ImportKind.fromSlug(kind);
        // no file chosen, too large, an old .xls: said on the page, with the form to try again
        String back = "redirect:" + IMPORTS + "/" + importKind.slug();
        return messages.submission(List.of(), List.of(), locale, null).save(() -> {
            ImportJobView job = imports.submit(me, importKind, uploads.receive(file));
            return "redirect:" + IMPORTS + "/jobs/" + job.id();
        }, errors -> {
            redirect.addFlashAttribute("error", errors.sentence());
            return back;
        });
    }

    @GetMapping(IMPORTS + "/jobs/{id}")
    String job(@AuthenticationPrincipal AccountPrincipal me, @PathVariable UUID id, Locale locale, Model model) {
        requireImporter(me);
        ImportJobView job = imports.find(me, id, ImportService.VIEW_ERRORS);
        model.addAttribute("kind", job.kind());
        model.addAttribute("page", ImportJobPage.of(job, reports.localized(job.errors(), locale)));
        return VIEW_JOB;
    }

    @GetMapping(IMPORTS + "/jobs/{id}/errors.{format}")
    void errors(@AuthenticationPrincipal AccountPrincipal me, @PathVariable UUID id, @PathVariable String format,
                Locale locale, HttpServletResponse response) throws IOException {
        requireImporter(me);
        ImportJobView job = imports.find(me, id, 0);
        reports.sendErrorReport(response, job, imports.errors(me, id), format, locale);
    }

    private static void requireImporter(AccountPrincipal me) {
        if (!ImportService.mayImport(me)) {
            throw new AccessDeniedToRecordException("error.import.forbidden",
                    "only officials and administrators may import");
        }
    }
}
