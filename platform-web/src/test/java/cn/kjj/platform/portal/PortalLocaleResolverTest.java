package cn.kjj.platform.portal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.LocaleResolver;

class PortalLocaleResolverTest {

    private final LocaleResolver resolver = new PortalLocaleConfiguration().localeResolver();

    @Test
    void portalPagesAreChineseWhateverTheBrowserPrefers() {
        assertThat(resolver.resolveLocale(request("/login", "en-US,en;q=0.9"))).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void theLangCookieDecidesOnceSet() {
        MockHttpServletRequest request = request("/login", null);
        request.setCookies(new Cookie("lang", "en"));
        assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aTamperedCookieFallsBackToChinese() {
        MockHttpServletRequest request = request("/login", null);
        request.setCookies(new Cookie("lang", "xx-YY"));
        assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void apiClientsChooseWithAcceptLanguageAndGetChineseWithout() {
        assertThat(resolver.resolveLocale(request("/api/v1/me", "en"))).isEqualTo(Locale.ENGLISH);
        assertThat(resolver.resolveLocale(request("/api/v1/me", "fr, zh-CN;q=0.5"))).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(resolver.resolveLocale(request("/api/v1/me", null))).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    private static MockHttpServletRequest request(String uri, String acceptLanguage) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
        if (acceptLanguage != null) {
            request.addHeader("Accept-Language", acceptLanguage);
        }
        return request;
    }
}
