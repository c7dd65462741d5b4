package cn.kjj.platform.program;

import cn.kjj.platform.common.InvalidInputException.FieldError;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.portal.FormErrors;
import cn.kjj.platform.portal.PortalMessages;
import cn.kjj.platform.portal.RegistryForms;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An expert's own reviews in the portal (EXPERT only, decision 0042): the list of what is assigned to
 * him (his home page leads here), and one application to read, with its documents, and to score
 * (0..100 and a comment; mistakes beside the fields). Another expert's review is 404.
 */
@Controller
record ExpertReviewPageController(ExpertReviewService reviews, PortalMessages messages) {

    static final String VIEW_LIST = "program/expert-reviews";
    static final String VIEW_REVIEW = "program/expert-review";
    static final List<String> FIELDS = List.of("score", "comment");

    @GetMapping("/expert-reviews")
    String list(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        model.addAttribute("assignments", reviews.mine(me));
        return VIEW_LIST;
    }

    @GetMapping("/expert-reviews/{reviewId}")
    String review(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long reviewId, Model model) {
        ExpertAssignment assignment = reviews.get(me, reviewId);
        Map<String, String> typed = new HashMap<>();
        if (assignment.score() != null) {
            typed.put("score", assignment.score().toString());
        }
        typed.put("comment", assignment.comment());
        return page(model, assignment, typed, FormErrors.none());
    }

    @PostMapping("/expert-reviews/{reviewId}")
    String score(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long reviewId,
                 @RequestParam Map<String, String> form, Locale locale, Model model, HttpServletResponse response,
                 RedirectAttributes redirect) {
        ExpertAssignment assignment = reviews.get(me, reviewId);
        List<FieldError> problems = new ArrayList<>();
        Integer score = RegistryForms.integer("score", form.get("score"), problems);
        return messages.submission(problems, FIELDS, locale, response).save(() -> {
            reviews.score(me, reviewId, score, form.get("comment"));
            redirect.addFlashAttribute("notice", messages.text("expertReview.flash.scored", locale));
            return "redirect:/expert-reviews/" + reviewId;
        }, errors -> page(model, assignment, form, errors));
    }

    private static String page(Model model, ExpertAssignment assignment, Map<String, String> typed,
                               FormErrors errors) {
        model.addAttribute("r", assignment);
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        return VIEW_REVIEW;
    }
}
