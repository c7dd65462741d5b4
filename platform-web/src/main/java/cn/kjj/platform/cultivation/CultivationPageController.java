package cn.kjj.platform.cultivation;

import cn.kjj.platform.common.DomainException;
import cn.kjj.platform.common.InvalidInputException;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.portal.FormErrors;
import cn.kjj.platform.portal.PortalMessages;
import cn.kjj.platform.portal.RegistryList;
import cn.kjj.platform.region.RegionScope;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officials' cultivation page (decision 0045): counts per tier of a year in their region, the
 * enterprises on the ladder (of one tier when chosen), the form that places an enterprise in the
 * pool with a reason, and beside each enterprise placed by hand the form that takes it out with a reason. Administrators, officials (their region) and analysts read it; analysts do not
 * see the form.
 */
@Controller
record CultivationPageController(CultivationService service, RegionScope scope, PortalMessages messages) {

    static final String PATH = "/cultivation";
    private static final List<String> FIELDS = List.of("enterpriseId", "year", "reason");

    @GetMapping(PATH)
    String page(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) String region,
                @RequestParam(required = false) String year, @RequestParam(required = false) String tier,
                HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
        RegionScope.requireReader(me);
        FormErrors errors = FormErrors.none();
        Integer y = service.lastYear();
        CultivationTier t = null;
        try {
            y = year == null || year.isBlank() ? service.lastYear() : Integer.valueOf(year.strip());
        } catch (NumberFormatException e) {
            errors.addField("year", messages.text("error.cultivation.year", locale));
        }
        if (tier != null && !tier.isBlank()) {
            try {
                t = CultivationTier.valueOf(tier.strip());
            } catch (IllegalArgumentException e) {
                errors.addField("tier", messages.text("error.cultivation.tier", locale));
            }
        }
        String regionCode = scope.known(region);
        List<LadderStanding> all = List.of();
        if (errors.isEmpty()) {
            try {
                all = service.all(me, regionCode, y, null);
            } catch (InvalidInputException e) {
                errors = messages.errors(e.errors(), List.of("year"), locale);
            }
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        Map<CultivationTier, Long> counts = new EnumMap<>(CultivationTier.class);
        for (CultivationTier each : CultivationTier.values()) {
            counts.put(each, 0L);
        }
        all.forEach(s -> counts.merge(s.tier(), 1L, Long::sum));
        CultivationTier chosen = t;
        List<LadderStanding> shown = chosen == null ? all : all.stream().filter(s -> s.tier() == chosen).toList();
        RegistryList list = RegistryList.of(request, Set.of(), Sort.Order.asc("tier"));
        Pageable pageable = list.pageable(RegistryList.PAGE_SIZE);
        int from = (int) Math.min(pageable.getOffset(), shown.size());
        Page<LadderStanding> rows = new PageImpl<>(shown.subList(from,
                (int) Math.min(pageable.getOffset() + pageable.getPageSize(), shown.size())), pageable, shown.size());
        model.addAttribute("path", PATH);
        model.addAttribute("rows", rows);
        model.addAttribute("page", rows);
        model.addAttribute("list", list);
        model.addAttribute("counts", counts);
        model.addAttribute("tiers", CultivationTier.values());
        model.addAttribute("tier", chosen);
        model.addAttribute("year", errors.isEmpty() ? String.valueOf(y) : year);
        model.addAttribute("region", regionCode);
        model.addAttribute("regions", scope.forFilters(me));
        model.addAttribute("errors", errors);
        model.addAttribute("canPlace", me.keepsRecords());
        // a removal refused for its input: its row's form open, with the reason as entered and the message beside it
        FormErrors removalErrors = FormErrors.none();
        Object refused = model.getAttribute("removal");
        if (refused instanceof Removal removal) {
            removalErrors.addField("reason", removal.error());
            model.addAttribute("removalFor", removal.enterpriseId());
            model.addAttribute("removalReason", removal.reason());
        } else {
            model.addAttribute("removalFor", -1L);
            model.addAttribute("removalReason", "");
        }
        model.addAttribute("removalErrors", removalErrors);
        if (!model.containsAttribute("placement")) {
            model.addAttribute("placement", new Placement(null, errors.isEmpty() ? String.valueOf(y) : null, null));
        }
        return "cultivation/page";
    }

    /** The placement form as entered (kept in the flash, so in the session: serializable). */
    record Placement(String enterpriseId, String year, String reason) implements java.io.Serializable {
    }

    @PostMapping(PATH + "/pool")
    String place(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) String enterpriseId,
                 @RequestParam(required = false) String year, @RequestParam(required = false) String reason,
                 Locale locale, RedirectAttributes redirect) {
        RegionScope.requireWriter(me, "the cultivation pool");
        Placement entered = new Placement(enterpriseId, year, reason);
        try {
            long id = number(enterpriseId, "enterpriseId");
            int y = (int) number(year, "year");
            PoolPlacement placed = service.place(me, id, y, reason);
            redirect.addFlashAttribute("notice", messages.text("cultivation.flash.placed", locale,
                    String.valueOf(placed.enterpriseId()), String.valueOf(placed.year())));
            return "redirect:" + PATH + "?year=" + placed.year() + "&tier=POOL";
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", messages.of(e, locale));
        }
        redirect.addFlashAttribute("placement", entered);
        return "redirect:" + PATH + (year == null || year.isBlank() ? "" : "?year=" + year.strip());
    }

    /** A removal refused for its input, shown beside its row's reason field. */
    record Removal(long enterpriseId, String reason, String error) {
    }

    /**
     * An official takes an enterprise placed by hand out of a year's pool, with a reason (decision 0045): the
     * page again with a notice; without a reason the page again (400) with the row's form open and the message
     * beside its field, nothing changed. An enterprise outside the official's region, or not placed that year, is
     * 404 as in the API.
     */
    @PostMapping(PATH + "/pool/{enterpriseId}/{year}/remove")
    String remove(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long enterpriseId, @PathVariable int year,
                  @RequestParam(required = false) String reason, @RequestParam(required = false) String tier,
                  HttpServletRequest request, HttpServletResponse response, Locale locale, Model model,
                  RedirectAttributes redirect) {
        RegionScope.requireWriter(me, "the cultivation pool");
        boolean knownTier = tier != null && java.util.Arrays.stream(CultivationTier.values())
                .anyMatch(t -> t.name().equals(tier));
        try {
            service.remove(me, enterpriseId, year, reason);
        } catch (InvalidInputException e) {
            model.addAttribute("removal", new Removal(enterpriseId, reason, messages.of(e, locale)));
            String view = page(me, null, String.valueOf(year), knownTier ? tier : null, request, response, locale,
                    model);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return view;
        }
        redirect.addFlashAttribute("notice", messages.text("cultivation.flash.removed", locale,
                String.valueOf(enterpriseId), String.valueOf(year)));
        return "redirect:" + PATH + "?year=" + year + (knownTier ? "&tier=" + tier : "");
    }

    private static long number(String text, String field) {
        try {
            return Long.parseLong(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.forField(field, "error.field.required", "is required");
        }
    }
}
