package cn.kjj.platform.http;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * The response headers every answer carries, API and portal alike (the portal adds its own
 * Content-Security-Policy): no framing, no MIME sniffing, no referrer beyond this site, no
 * browser features, and HSTS on requests that came over TLS — also behind a proxy that says so
 * with {@code X-Forwarded-Proto: https} ({@code server.forward-headers-strategy=framework}), never on
 * plain HTTP. See docs/security.md.
 */
public final class SecurityHeaders {

    /** What a JSON answer may load or be framed by: nothing. */
    public static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

    public static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    private SecurityHeaders() {
    }

    /** The common headers; HSTS (one year, subdomains) is Spring Security's own, written only on secure requests. */
    public static Customizer<HeadersConfigurer<HttpSecurity>> common() {
        return headers -> headers
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .contentTypeOptions(Customizer.withDefaults())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
    }
}
