package cn.kjj.platform.account;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Shows the login form; Spring Security's filter handles the POST. */
@Controller
class LoginController {

    static final String VIEW_LOGIN = "login";

    @GetMapping(PortalSecurityConfiguration.LOGIN_PAGE)
    String login(Authentication authentication) {
        boolean signedIn = authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
        return signedIn ? "redirect:/" : VIEW_LOGIN;
    }
}
