package cn.kjj.platform.account;

import cn.kjj.platform.common.InvalidInputException.FieldError;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.portal.FormErrors;
import cn.kjj.platform.portal.PortalMessages;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * "My API tokens", for everyone signed in: the list (never a token's text), the form to create one
 * and, once, the new token itself; revoking takes a second click in a disclosure.
 */
@Controller
record ApiTokenPageController(ApiTokenService tokens, PortalMessages messages, Clock clock) {

    static final String PATH = "/account/tokens";
    static final String VIEW_LIST = "account/tokens";
    static final String VIEW_CREATED = "account/token-created";
    static final int DEFAULT_DAYS = 90;
    static final Set<String> FIELDS = Set.of("name", "expiresInDays");

    @GetMapping(PATH)
    String list(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        return page(model, me, null, String.valueOf(DEFAULT_DAYS), FormErrors.none());
    }

    @PostMapping(PATH)
    String create(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) String name,
                  @RequestParam(required = false) String expiresInDays, Locale locale, Model model,
                  HttpServletResponse response) {
        List<FieldError> problems = new ArrayList<>();
        int days = 0;
        String typed = expiresInDays == null ? "" : expiresInDays.strip();
        if (typed.matches("[0-9]{1,4}")) {
            days = Integer.parseInt(typed);
        }
        if (days < 1 || days > ApiTokenService.MAX_DAYS) {
            problems.add(new FieldError("expiresInDays", "error.token.expiry", "must be between 1 and 366 days"));
        }
        int valid = days;
        return messages.submission(problems, FIELDS, locale, response).save(() -> {
            IssuedToken issued = tokens.issue(me, name, valid);
            response.setHeader("Cache-Control", "no-store");
            model.addAttribute("issued", issued);
            model.addAttribute("meUrl", ServletUriComponentsBuilder.fromCurrentContextPath()
                    .path("/api/v1/me").toUriString());
            return VIEW_CREATED;
        }, errors -> page(model, me, name, expiresInDays, errors));
    }

    @PostMapping(PATH + "/{id}/revoke")
    String revoke(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Locale locale,
                  RedirectAttributes redirect) {
        String name = tokens.list(me).stream().filter(t -> t.id() == id).map(TokenView::name).findFirst().orElse("");
        tokens.revoke(me, id);
        redirect.addFlashAttribute("notice", messages.text("token.flash.revoked", locale, name));
        return "redirect:" + PATH;
    }

    private String page(Model model, AccountPrincipal me, String name, String expiresInDays,
                        FormErrors errors) {
        model.addAttribute("tokens", tokens.list(me));
        model.addAttribute("now", clock.instant());
        model.addAttribute("name", name);
        model.addAttribute("expiresInDays", expiresInDays);
        model.addAttribute("maxDays", ApiTokenService.MAX_DAYS);
        model.addAttribute("errors", errors);
        return VIEW_LIST;
    }
}
