package cn.kjj.platform.account;

import cn.kjj.platform.common.InvalidInputException;
import cn.kjj.platform.common.InvalidInputException.FieldError;
import cn.kjj.platform.portal.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.springframework.context.MessageSource;
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
class PasswordPageController {

    static final String PATH = "/account/password";
    static final String VIEW = "account/password";
    private static final Set<String> FIELDS = Set.of("currentPassword", "newPassword", "confirmPassword");

    private final AccountService accounts;
    private final MessageSource messages;

    PasswordPageController(AccountService accounts, MessageSource messages) {
        this.accounts = accounts;
        this.messages = messages;
    }

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
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            AccountSessionGuard.remember(session, accounts.changeOwnPassword(me, currentPassword, newPassword));
        } catch (InvalidInputException e) {
            List<FieldError> all = new ArrayList<>(e.errors());
            model.addAttribute("errors", FormErrors.of(all, FIELDS, UnaryOperator.identity(), messages, locale));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return VIEW;
        }
        redirect.addFlashAttribute("notice", messages.getMessage("password.flash.changed", null, locale));
        return "redirect:" + PATH;
    }
}
