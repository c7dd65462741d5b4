package cn.kjj.platform.verification;

import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.contract.ContractVerification;
import cn.kjj.platform.contract.ContractVerifications;
import cn.kjj.platform.contract.document.VerificationLinks;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public verification page of a registration certificate (decision 0033), where its QR code
 * leads. Who may use it: everyone, signed in or not ({@code PortalSecurityConfiguration} permits
 * exactly this route). Every token that addresses no registered contract gets the portal's one 404
 * page, the same as any other miss.
 */
@Controller
record VerificationPageController(ContractVerifications verifications) {

    @GetMapping(VerificationLinks.PAGE + "{token}")
    String page(@PathVariable String token, Model model, HttpServletResponse response) {
        ContractVerification contract = verifications.find(token).orElseThrow(() -> new NotFoundException(
                "error.verification.notFound", "no registered contract has this token"));
        // the status can change at any time (a revocation): never from a cache; and not for search engines
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("X-Robots-Tag", "noindex");
        model.addAttribute("contract", contract);
        return "verification/contract";
    }
}
