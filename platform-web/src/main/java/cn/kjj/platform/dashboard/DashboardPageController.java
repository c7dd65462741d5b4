package cn.kjj.platform.dashboard;

import cn.kjj.platform.identity.AccountPrincipal;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /dashboard?region=&year=}: officials (their region and below), ADMIN and ANALYST; see DashboardAccess. */
@Controller
record DashboardPageController(DashboardPage page) {

    static final String PATH = "/dashboard";

    @GetMapping(PATH)
    String dashboard(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) String region,
                     @RequestParam(required = false) String year, Locale locale, Model model) {
        return page.render(me, region, year, locale, model);
    }
}
