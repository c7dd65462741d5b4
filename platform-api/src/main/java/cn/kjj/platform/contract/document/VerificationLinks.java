package cn.kjj.platform.contract.document;

import cn.kjj.platform.contract.ContractVerifications;
import cn.kjj.platform.contract.ContractView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address of a registered contract's public verification page, which its certificate carries as
 * a QR code (decision 0033): {@code platform.public-base-url} + {@code /verify/} + the contract's
 * token. Without that setting the base is the one the certificate was requested under (behind a
 * proxy, as its {@code X-Forwarded-*} headers say), and {@code http://localhost:8080} outside a request.
 */
@Component
public class VerificationLinks implements CertificatePdf.VerificationLink {

    /** The page's path before the token; the JSON form is the same under {@code /api/v1}. */
    public static final String PAGE = "/verify/";
    static final String FALLBACK_BASE = "http://localhost:8080";

    private final ContractVerifications verifications;
    private final String configuredBase;

    VerificationLinks(ContractVerifications verifications, @Value("${platform.public-base-url:}") String base) {
        this.verifications = verifications;
        this.configuredBase = base == null ? "" : base.strip().replaceAll("/+$", "");
    }

    @Override
    public String of(ContractView contract) {
        String token = verifications.tokenOf(contract.id()).orElseThrow(() -> new IllegalStateException(
                "contract " + contract.id() + " has no verification token: it was never registered"));
        return base() + PAGE + token;
    }

    String base() {
        if (!configuredBase.isEmpty()) {
            return configuredBase;
        }
        return RequestContextHolder.getRequestAttributes() == null ? FALLBACK_BASE
                : ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
    }
}
