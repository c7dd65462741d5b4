package cn.kjj.platform.enterprise;

import cn.kjj.platform.common.InvalidInputException.FieldError;
import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.Role;
import cn.kjj.platform.portal.FormErrors;
import cn.kjj.platform.portal.PortalMessages;
import cn.kjj.platform.portal.RegistryForms;
import cn.kjj.platform.portal.RegistryList;
import cn.kjj.platform.region.RegionScope;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * High-tech applications for the bureau (decision 0037): the district's list per batch year with
 * its pass rate ({@code /high-tech-applications}), an application with the conditions judged and
 * the steps the reader may take ({@code /high-tech-applications/{id}}: the district recommends or
 * returns, the city records the result), and the candidates, enterprises not yet high-tech that
 * meet or nearly meet the conditions ({@code /high-tech-applications/candidates}). The list and the
 * candidates are for the staff (403 for enterprises); an application is read by whoever reads its
 * enterprise (404 otherwise). A refused step shows the page again with the message beside its
 * field or above the form, and nothing changed.
 */
@Controller
class HighTechApplicationPageController {

    static final String PATH = "/high-tech-applications";
    static final String CANDIDATES = PATH + "/candidates";
    static final Set<String> SORTABLE = Set.of("submittedOn", "status", "regionCode");
    static final int CANDIDATES_SHOWN = 100;
    static final int FIRST_BATCH = 2016;
    static final String DEFAULT_REGION = "440700";
    static final List<String> STEP_FIELDS = List.of("innovationScore", "reason", "passed", "certificateNo",
            "issuedOn");

    private final HighTechApplicationService applications;
    private final HighTechCandidates candidates;
    private final List<HighTechBatchSection> sections;
    private final RegionScope scope;
    private final PortalMessages messages;
    private final Clock clock;

    HighTechApplicationPageController(HighTechApplicationService applications, HighTechCandidates candidates,
                                      List<HighTechBatchSection> sections, RegionScope scope, PortalMessages messages,
                                      Clock clock) {
        this.applications = applications;
        this.candidates = candidates;
        this.sections = sections;
        this.scope = scope;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String list(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) String batchYear,
                @RequestParam(required = false) String status, @RequestParam(required = false) String region,
                HttpServletRequest request, Model model) {
        RegionScope.requireReader(me);
        String regionCode = scope.known(region);
        int year = batchYear(batchYear);
        if (batchYear == null || !batchYear.strip().equals(String.valueOf(year))) {
            // the year shown is in the address, so that the export and the pager keep it
            return "redirect:" + UriComponentsBuilder.fromPath(PATH).query(request.getQueryString())
                    .replaceQueryParam("batchYear", year).build().toUriString();
        }
        HighTechApplicationStatus wanted = status(status);
        RegistryList list = RegistryList.of(request, SORTABLE, Sort.Order.desc("submittedOn"));
        Page<HighTechApplicationView> rows = applications.search(me, regionCode, year, wanted, list.pageable());
        String rateRegion = regionCode != null ? regionCode : homeRegion(me);
        model.addAttribute("rows", rows);
        model.addAttribute("page", rows);
        model.addAttribute("list", list);
        model.addAttribute("batchYear", year);
        model.addAttribute("years", IntStream.rangeClosed(FIRST_BATCH, today().getYear()).boxed()
                .sorted(java.util.Comparator.reverseOrder()).toList());
        model.addAttribute("status", wanted);
        model.addAttribute("statuses", HighTechApplicationStatus.values());
        model.addAttribute("region", regionCode);
        model.addAttribute("regions", scope.forFilters(me));
        sections.forEach(section -> section.addTo(model, rateRegion, year));
        return "enterprise/high-tech-applications";
    }

    @GetMapping(CANDIDATES)
    String candidates(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) String batchYear,
                      @RequestParam(required = false) String region, Model model) {
        RegionScope.requireReader(me);
        String regionCode = scope.known(region);
        int year = batchYear(batchYear);
        model.addAttribute("candidates", candidates.candidates(me, regionCode, year, CANDIDATES_SHOWN));
        model.addAttribute("maxNotMet", candidates.maxNotMet());
        model.addAttribute("batchYear", year);
        model.addAttribute("years", IntStream.rangeClosed(today().getYear() - 4, today().getYear() + 1).boxed()
                .sorted(java.util.Comparator.reverseOrder()).toList());
        model.addAttribute("region", regionCode);
        model.addAttribute("regions", scope.forFilters(me));
        model.addAttribute("shown", CANDIDATES_SHOWN);
        return "enterprise/high-tech-candidates";
    }

    @GetMapping(PATH + "/{id}")
    String detail(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
        return detail(model, me, applications.get(me, id), null, FormErrors.none(), Map.of());
    }

    /** The district's recommend and return, the city's result, by the step's name in the path. */
    @PostMapping(PATH + "/{id}/{step}")
    String step(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @PathVariable String step,
                @RequestParam Map<String, String> form, Locale locale, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        List<FieldError> problems = new ArrayList<>();
        Runnable action = switch (step) {
            case "recommend" -> {
                BigDecimal score = RegistryForms.decimal("innovationScore", form.get("innovationScore"), problems);
                yield () -> applications.recommend(me, id, score);
            }
            case "return" -> () -> applications.giveBack(me, id, form.get("reason"));
            case "result" -> {
                Boolean passed = form.get("passed") == null || form.get("passed").isBlank() ? null
                        : Boolean.valueOf(form.get("passed"));
                if (passed == null) {
                    problems.add(new FieldError("passed", "error.field.required", "is required"));
                }
                LocalDate issuedOn = RegistryForms.date("issuedOn", form.get("issuedOn"), problems);
                yield () -> applications.result(me, id, new HighTechApplicationService.Result(passed,
                        blankToNull(form.get("certificateNo")), issuedOn,
                        Boolean.TRUE.equals(passed) ? null : form.get("reason")));
            }
            default -> throw NotFoundException.of(HighTechApplicationService.ENTITY, id);
        };
        // the application is read first: one outside the reader's scope is 404 whatever the form says
        HighTechApplicationView before = applications.get(me, id);
        Map<String, String> typed = new LinkedHashMap<>(form);
        typed.remove("_csrf");
        return messages.submission(problems, STEP_FIELDS, locale, response)
                .rewording("error.highTechApplication.state", "highTechApplication.error.state")
                .save(() -> {
                    action.run();
                    redirect.addFlashAttribute("notice", messages.text("highTechApplication.flash." + step, locale,
                            String.valueOf(before.batchYear())));
                    return "redirect:" + PATH + "/" + id;
                }, errors -> detail(model, me, applications.get(me, id), step, errors, typed));
    }

    private String detail(Model model, AccountPrincipal me, HighTechApplicationView application, String failedStep,
                          FormErrors errors, Map<String, String> typed) {
        model.addAttribute("a", application);
        model.addAttribute("steps", applications.steps(me, application));
        model.addAttribute("failedStep", failedStep);
        model.addAttribute("passedChoices", List.of("true", "false"));
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        model.addAttribute("staff", me.keepsRecords() || me.readsEveryRegion());
        model.addAttribute("today", today());
        return "enterprise/high-tech-application";
    }

    /** The batch year asked for, else this year's; text that is no year in range falls back too. */
    private int batchYear(String text) {
        int thisYear = today().getYear();
        if (text == null || !text.strip().matches("[0-9]{4}")) {
            return thisYear;
        }
        int year = Integer.parseInt(text.strip());
        return year < FIRST_BATCH || year > thisYear + 1 ? thisYear : year;
    }

    private static HighTechApplicationStatus status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (HighTechApplicationStatus s : HighTechApplicationStatus.values()) {
            if (s.name().equalsIgnoreCase(text.strip())) {
                return s;
            }
        }
        return null;
    }

    /** The region whose pass rate the list shows when none is chosen: an official's own, else the city. */
    private static String homeRegion(AccountPrincipal me) {
        return me.has(Role.OFFICIAL) && !me.has(Role.ADMIN) && me.officialRegion() != null ? me.officialRegion()
                : DEFAULT_REGION;
    }

    private LocalDate today() {
        return EnterpriseRegistry.today(clock);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
