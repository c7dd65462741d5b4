package cn.kjj.platform.matching;

import cn.kjj.platform.common.InvalidInputException;
import cn.kjj.platform.common.InvalidInputException.FieldError;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.portal.FormErrors;
import cn.kjj.platform.portal.PortalMessages;
import cn.kjj.platform.portal.RegistryForms;
import cn.kjj.platform.portal.RegistryList;
import cn.kjj.platform.region.RegionScope;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Brokered meetings (对接) in the portal: the staff's list of their regions' meetings; a meeting's
 * page with the chain demand → achievement → contract → turnover; officials record a meeting for
 * a demand and an achievement (from the demand's page or the suggestions) and move its outcome on,
 * a contract outcome naming the registered contract by its registration number.
 */
@Controller
@RequestMapping(MatchmakingPageController.PATH)
class MatchmakingPageController {

    static final String PATH = "/matchmakings";
    static final String VIEW_LIST = "matching/matchmakings";
    static final String VIEW_DETAIL = "matching/matchmaking";
    static final String VIEW_FORM = "matching/matchmaking-form";
    /** The form's fields, in the page's order. */
    static final List<String> FIELDS = List.of("meetingOn", "outcome", "registrationNo", "note");

    private final MatchmakingService service;
    private final MatchmakingQueries queries;
    private final DemandQueries demands;
    private final AchievementQueries achievements;
    private final RegionScope scope;
    private final PortalMessages messages;

    MatchmakingPageController(MatchmakingService service, MatchmakingQueries queries, DemandQueries demands,
                              AchievementQueries achievements, RegionScope scope, PortalMessages messages) {
        this.service = service;
        this.queries = queries;
        this.demands = demands;
        this.achievements = achievements;
        this.scope = scope;
        this.messages = messages;
    }

    @GetMapping
    String list(@AuthenticationPrincipal AccountPrincipal me, HttpServletRequest request, Model model) {
        RegistryList list = RegistryList.of(request, Set.of(), Sort.Order.desc("meetingOn"));
        String region = scope.known(request.getParameter("region"));
        MatchOutcome outcome = outcome(request.getParameter("outcome"));
        model.addAttribute("page", queries.search(me, region, outcome, list.pageable()));
        model.addAttribute("list", list);
        model.addAttribute("region", region);
        model.addAttribute("outcome", outcome);
        model.addAttribute("outcomes", MatchOutcome.values());
        model.addAttribute("regions", scope.forFilters(me));
        return VIEW_LIST;
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
        model.addAttribute("meeting", queries.get(me, id));
        model.addAttribute("canEdit", me.keepsRecords());
        return VIEW_DETAIL;
    }

    /** The form of a new meeting between a demand and an achievement the official sees. */
    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) Long demandId,
                   @RequestParam(required = false) Long achievementId, Model model) {
        RegionScope.requireWriter(me, "brokered meetings");
        Map<String, String> typed = new HashMap<>();
        typed.put("outcome", MatchOutcome.MEETING.name());
        return form(model, me, required("demandId", demandId), required("achievementId", achievementId), null,
                typed, FormErrors.none());
    }

    @PostMapping
    String record(@AuthenticationPrincipal AccountPrincipal me, @RequestParam Map<String, String> form,
                  Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        RegionScope.requireWriter(me, "brokered meetings");
        long demandId = required("demandId", RegistryForms.digits(form.get("demandId")));
        long achievementId = required("achievementId", RegistryForms.digits(form.get("achievementId")));
        return save(me, null, demandId, achievementId, form, locale, model, response, redirect);
    }

    @GetMapping("/{id}/edit")
    String editForm(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
        RegionScope.requireWriter(me, "brokered meetings");
        MatchmakingView meeting = queries.get(me, id);
        Map<String, String> typed = new HashMap<>();
        typed.put("meetingOn", meeting.meetingOn().toString());
        typed.put("outcome", meeting.outcome().name());
        typed.put("registrationNo", meeting.registrationNo());
        typed.put("note", meeting.note());
        typed.put("version", String.valueOf(meeting.version()));
        return form(model, me, meeting.demandId(), meeting.achievementId(), meeting, typed, FormErrors.none());
    }

    @PostMapping("/{id}/edit")
    String update(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                  @RequestParam Map<String, String> form, Locale locale, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        RegionScope.requireWriter(me, "brokered meetings");
        MatchmakingView meeting = queries.get(me, id);
        return save(me, meeting, meeting.demandId(), meeting.achievementId(), form, locale, model, response, redirect);
    }

    private String save(AccountPrincipal me, MatchmakingView existing, long demandId, long achievementId,
                        Map<String, String> form, Locale locale, Model model, HttpServletResponse response,
                        RedirectAttributes redirect) {
        List<FieldError> problems = new ArrayList<>();
        LocalDate meetingOn = RegistryForms.date("meetingOn", form.get("meetingOn"), problems);
        MatchOutcome outcome = RegistryForms.choice("outcome", MatchOutcome.class, form.get("outcome"), problems);
        Long contractId = contract(form.get("registrationNo"), problems);
        MatchmakingDetails details = new MatchmakingDetails(demandId, achievementId, meetingOn, outcome, contractId,
                form.get("note"));
        Long version = existing == null ? null : RegistryForms.digits(form.get("version"));
        return messages.submission(problems, FIELDS, locale, response)
                .mappingFields(field -> field.equals("contractId") ? "registrationNo" : field)
                .checking(details::validated)
                .save(() -> {
                    MatchmakingView saved = existing == null ? service.record(me, details)
                            : service.update(me, existing.id(), details, version);
                    redirect.addFlashAttribute("notice", messages.text("matchmaking.flash.saved", locale,
                            saved.demandTitle()));
                    return "redirect:" + PATH + "/" + saved.id();
                }, errors -> form(model, me, demandId, achievementId, existing, form, errors));
    }

    private String form(Model model, AccountPrincipal me, long demandId, long achievementId,
                        MatchmakingView existing, Map<String, String> typed, FormErrors errors) {
        model.addAttribute("demand", demands.get(me, demandId));
        model.addAttribute("achievement", achievements.get(me, achievementId));
        model.addAttribute("meeting", existing);
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("outcomes", MatchOutcome.values());
        return VIEW_FORM;
    }

    /** The registered contract a registration number names; an unknown number is a message beside the field. */
    private Long contract(String registrationNo, List<FieldError> problems) {
        if (registrationNo == null || registrationNo.isBlank()) {
            return null;
        }
        return queries.contractRegisteredAs(registrationNo).orElseGet(() -> {
            problems.add(new FieldError("registrationNo", "error.matchmaking.contractUnknown",
                    "no contract registered as " + registrationNo.strip()));
            return null;
        });
    }

    /** The list's outcome filter; a value that is none of the outcomes (an edited address) filters nothing. */
    private static MatchOutcome outcome(String text) {
        try {
            return text == null || text.isBlank() ? null : MatchOutcome.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The demand and achievement a new meeting is for: the form carries them; without them there is no form (400). */
    private static long required(String field, Long id) {
        if (id == null) {
            throw InvalidInputException.forField(field, "error.matchmaking.pairMissing",
                    "a meeting is recorded for a demand and an achievement");
        }
        return id;
    }
}
