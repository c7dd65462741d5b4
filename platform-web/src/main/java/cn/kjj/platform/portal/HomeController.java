package cn.kjj.platform.portal;

import cn.kjj.platform.account.AccountPrincipal;
import cn.kjj.platform.region.RegionDirectory;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: who you are and what the platform offers you. */
@Controller
class HomeController {

    static final String VIEW_HOME = "home";

    private final RegionDirectory regions;

    HomeController(RegionDirectory regions) {
        this.regions = regions;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal AccountPrincipal principal, Locale locale, Model model) {
        String regionName = regions.find(principal.regionCode())
                .map(region -> region.displayName(locale))
                .orElse(null);
        model.addAttribute("me", HomeView.of(principal, regionName));
        return VIEW_HOME;
    }
}
