package cn.kjj.platform.contract;

import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.Role;
import cn.kjj.platform.portal.FormErrors;
import cn.kjj.platform.portal.NavigationEntry;
import cn.kjj.platform.portal.NavigationGroup;
import cn.kjj.platform.portal.PortalMessages;
import cn.kjj.platform.region.RegionDirectory;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The registering offices' rule profiles, for administrators only (every address under /admin):
 * each district's profile with what it means, and a choice per district. Contracts already
 * submitted keep theirs.
 */
@Controller
class ContractRulesPageController {

    static final String PATH = "/admin/contract-rules";
    static final String VIEW = "contract/rules";
    static final List<String> FIELDS = List.of(ContractRules.PROFILE_FIELD);

    private final ContractRules rules;
    private final RegionDirectory regions;
    private final PortalMessages messages;

    ContractRulesPageController(ContractRules rules, RegionDirectory regions, PortalMessages messages) {
        this.rules = rules;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String page(Model model) {
        return page(model, null, null, FormErrors.none());
    }

    @PostMapping(PATH + "/{regionCode}")
    String choose(@AuthenticationPrincipal AccountPrincipal me, @PathVariable String regionCode,
                  @RequestParam(required = false) String profile, Locale locale, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        return messages.submission(List.of(), FIELDS, locale, response)
                .save(() -> {
                    ContractRules.Rules chosen = rules.choose(me, regionCode, profile);
                    redirect.addFlashAttribute("notice", messages.text("contract.rules.flash.chosen", locale,
                            regions.require(chosen.region()).displayName(locale),
                            chosen.profile().displayName(locale)));
                    return "redirect:" + PATH;
                }, errors -> page(model, regionCode, profile, errors));
    }

    private String page(Model model, String failedRegion, String typed, FormErrors errors) {
        model.addAttribute("offices", rules.districts());
        model.addAttribute("profiles", ContractRules.profiles());
        model.addAttribute("failedRegion", failedRegion);
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        return VIEW;
    }

    /** The page in the portal's navigation, for administrators. */
    @Configuration(proxyBeanMethods = false)
    static class Navigation {

        @Bean
        NavigationEntry contractRulesNavigation() {
            return NavigationEntry.forRoles(NavigationGroup.ADMINISTRATION, PATH, "nav.contractRules", 865, Role.ADMIN);
        }
    }
}
