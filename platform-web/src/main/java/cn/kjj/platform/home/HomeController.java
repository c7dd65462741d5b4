package cn.kjj.platform.home;

import cn.kjj.platform.dashboard.DashboardPage;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.Role;
import cn.kjj.platform.program.ProgramApplicationService;
import cn.kjj.platform.region.RegionDirectory;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page, by role (api.md: "dashboard or home by role"): an official opens on the
 * dashboard of their region; an enterprise clerk sees the enterprise's contracts, certificate,
 * awards, the calls it may apply to and what to do next; an expert goes to his reviews; everyone else
 * sees who they are and links to what they can do.
 */
@Controller
record HomeController(RegionDirectory regions, EnterpriseHomeReader enterpriseHome, DashboardPage dashboard,
                      ProgramApplicationService applications) {

    static final String VIEW_HOME = "home";

    @GetMapping("/")
    String home(@AuthenticationPrincipal AccountPrincipal principal, Locale locale, Model model) {
        if (principal.has(Role.EXPERT)) {
            // an expert's home is the list of the reviews assigned to him (decision 0042)
            return "redirect:/expert-reviews";
        }
        if (principal.has(Role.OFFICIAL) && principal.regionCode() != null) {
            return dashboard.render(principal, null, null, locale, model);
        }
        String regionName = regions.find(principal.regionCode())
                .map(region -> region.displayName(locale))
                .orElse(null);
        model.addAttribute("me", HomeView.of(principal, regionName));
        if (principal.has(Role.ENTERPRISE) && principal.enterpriseId() != null) {
            model.addAttribute("enterpriseHome", enterpriseHome.read(principal));
            model.addAttribute("openCalls", applications.openCallsFor(principal));
        }
        return VIEW_HOME;
    }
}
