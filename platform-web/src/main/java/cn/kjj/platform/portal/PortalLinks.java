package cn.kjj.platform.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links from a portal list to the same list in the API, for templates ({@code @portalLinks}):
 * the export of exactly what the page shows, its filters kept. The portal session is accepted
 * on the API's reads, so the link downloads without a token.
 */
@Component("portalLinks")
public class PortalLinks {

    /** Parameters of the page itself rather than of its filter. */
    private static final Set<String> PAGE_ONLY = Set.of("page", "size", "sort", "lang", "tab");

    /** {@code apiPath} with the current page's filters and {@code format=csv|xlsx}. */
    public String export(String apiPath, String format) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(apiPath);
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getRequest();
        request.getParameterMap().forEach((name, values) -> {
            if (!PAGE_ONLY.contains(name) && !name.startsWith("_")) {
                for (String value : values) {
                    if (value != null && !value.isBlank()) {
                        uri.queryParam(name, value);
                    }
                }
            }
        });
        uri.queryParam("format", format);
        return uri.encode().build().toUriString();
    }
}
