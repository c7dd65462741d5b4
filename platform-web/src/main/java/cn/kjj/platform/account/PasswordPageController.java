package cn.kjj.platform.account;

import cn.kjj.platform.common.InvalidInputException.FieldError;
import cn.kjj.platform.http.AccountSessionGuard;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.portal.FormErrors;
import cn.kjj.platform.portal.PortalMessages;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /account/password}: everyone signed in changes their own password (the current one
 * required). This session stays signed in; the account's other sessions end on their next request.
 */
@Controller
record PasswordPageController(AccountService accounts, PortalMessages messages) {

    static final String PATH = "/account/password";
    static final String VIEW = "account/password";
    private static final Set<String> FIELDS = Set.of("currentPassword", "newPassword", "confirmPassword");

    @GetMapping(PATH)
    String form(Model model) {
        model.addAttribute("errors", FormErrors.none());
        return VIEW;
    }

    @PostMapping(PATH)
    String change(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) String currentPassword,
                  @RequestParam(required = false) String newPassword,
                  @RequestParam(required = false) String confirmPassword, HttpSession session, Locale locale,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        List<FieldError> problems = new ArrayList<>();
        if (newPassword != null && !newPassword.equals(confirmPassword)) {
            problems.add(new FieldError("confirmPassword", "password.mismatch", "the two new passwords differ"));
        }
        return messages.submission(problems, FIELDS, locale, response).save(() -> {
            AccountSessionGuard.remember(session, accounts.changeOwnPassword(me, currentPassword, newPassword));
            redirect.addFlashAttribute("notice", messages.text("password.flash.changed", locale));
            return "redirect:" + PATH;
        }, errors -> {
            model.addAttribute("errors", errors);
            return VIEW;
        });
    }
}
