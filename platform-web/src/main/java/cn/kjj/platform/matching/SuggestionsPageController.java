package cn.kjj.platform.matching;

import cn.kjj.platform.identity.AccountPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /matchmakings/suggestions}: an official's pairs worth brokering, open demands of the region
 * with no meeting yet and their best achievement, with the reasons; the staff only (403 otherwise).
 */
@Controller
record SuggestionsPageController(Matching matching) {

    static final String PATH = "/matchmakings/suggestions";

    @GetMapping(PATH)
    String suggestions(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) String region,
                       Model model) {
        model.addAttribute("pairs", matching.unbrokered(me, region));
        model.addAttribute("canBroker", me.keepsRecords());
        return "matching/suggestions";
    }
}
