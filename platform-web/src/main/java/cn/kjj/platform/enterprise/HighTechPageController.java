package cn.kjj.platform.enterprise;

import cn.kjj.platform.common.InvalidInputException.FieldError;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.portal.FormErrors;
import cn.kjj.platform.portal.PortalMessages;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An enterprise's high-tech page: the eight conditions judged for a batch year with the figures
 * behind each, its annual figures by year, and (for the enterprise itself and officials of its
 * region) the form that enters a year's figures and the button that applies in the batch year.
 * Whoever reads the enterprise reads the page; others get 404.
 */
@Controller
@RequestMapping("/enterprises/{id}/high-tech")
record HighTechPageController(AnnualFiguresService figures, HighTechApplicationService applications,
                              HighTechReportService reports, EnterpriseQueries enterprises, PortalMessages messages,
                              Clock clock) {

    @GetMapping
    String page(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                @RequestParam(required = false) Integer year, Model model) {
        int shown = year(year, lastYear());
        AnnualFiguresView current = figures.list(me, id).stream().filter(f -> f.year() == shown).findFirst()
                .orElse(null);
        return page(model, me, id, shown, AnnualFiguresPageForm.of(current), FormErrors.none());
    }

    @PostMapping("/figures/{year}")
    String enter(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @PathVariable int year,
                 @ModelAttribute("form") AnnualFiguresPageForm form, Locale locale, Model model,
                 HttpServletResponse response, RedirectAttributes redirect) {
        if (!figures.canEnter(me, id)) {
            throw new cn.kjj.platform.common.AccessDeniedToRecordException("error.enterprise.writeForbidden",
                    "the figures of enterprise " + id + " are entered by itself or its region's officials");
        }
        List<FieldError> problems = new ArrayList<>();
        AnnualFigures entered = form.toFigures(problems);
        return messages.submission(problems, AnnualFiguresPageForm.FIELDS, locale, response)
                .checking(entered::validated)
                .save(() -> {
                    AnnualFiguresService.Recorded recorded = figures.record(me, id, year, entered, form.version());
                    redirect.addFlashAttribute("notice", messages.text(recorded.created()
                            ? "highTech.flash.entered" : "highTech.flash.revised", locale, String.valueOf(year)));
                    return "redirect:/enterprises/" + id + "/high-tech?year=" + year;
                }, errors -> page(model, me, id, year, form, errors));
    }

    @PostMapping("/apply")
    String apply(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Locale locale,
                 RedirectAttributes redirect) {
        int batch = LocalDate.now(clock).getYear();
        try {
            applications.apply(me, id, batch);
            redirect.addFlashAttribute("notice", messages.text("highTech.flash.applied", locale,
                    String.valueOf(batch)));
        } catch (cn.kjj.platform.common.ConflictException e) {
            redirect.addFlashAttribute("error", messages.of(e, locale));
        }
        return "redirect:/enterprises/" + id + "/high-tech";
    }

    /** The enterprise files its high-tech annual report of a year from that year's figures. */
    @PostMapping("/reports")
    String file(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                @RequestParam(required = false) Integer year, Locale locale, RedirectAttributes redirect) {
        int reported = year == null ? lastYear() : year;
        try {
            HighTechReportService.FiledReport filed = reports.file(me, id, reported);
            redirect.addFlashAttribute("notice", messages.text("highTech.flash.reported", locale,
                    String.valueOf(reported), messages.date(filed.filedOn(), locale)));
        } catch (cn.kjj.platform.common.ConflictException e) {
            redirect.addFlashAttribute("error", messages.of(e, locale));
        }
        return "redirect:/enterprises/" + id + "/high-tech";
    }

    private String page(Model model, AccountPrincipal me, long id, int year, AnnualFiguresPageForm form,
                        FormErrors errors) {
        EnterpriseView enterprise = enterprises.get(me, id);
        int batch = LocalDate.now(clock).getYear();
        model.addAttribute("enterprise", enterprise);
        model.addAttribute("judgement", figures.judgement(me, id, batch));
        model.addAttribute("years", figures.list(me, id));
        model.addAttribute("year", year);
        model.addAttribute("batchYear", batch);
        model.addAttribute("applications", applications.ofEnterprise(me, id));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("canEnter", figures.canEnter(me, id));
        model.addAttribute("reports", reports.ofEnterprise(me, id));
        model.addAttribute("canFile", reports.canFile(me, id));
        model.addAttribute("reportYear", lastYear());
        return "enterprise/high-tech";
    }

    private int lastYear() {
        return LocalDate.now(clock).getYear() - 1;
    }

    private int year(Integer asked, int fallback) {
        return asked == null || asked < AnnualFiguresService.FIRST_YEAR || asked > LocalDate.now(clock).getYear()
                ? fallback : asked;
    }
}
