package cn.kjj.platform.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Language: {@code ?lang=en} or {@code ?lang=zh-CN} switches, a {@code lang} cookie remembers
 * the choice, and without one the portal speaks Simplified Chinese whatever the browser says.
 * API clients (no cookie) may ask for English with {@code Accept-Language}.
 * See docs/decisions/0004-locale-and-messages.md.
 */
@Configuration(proxyBeanMethods = false)
class PortalLocaleConfiguration implements WebMvcConfigurer {

    static final String PARAMETER = "lang";
    static final String COOKIE = "lang";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new SupportedLocaleCookieResolver();
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocaleFunction(PortalLocaleConfiguration::defaultLocale);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new SupportedLocaleChangeInterceptor();
        interceptor.setParamName(PARAMETER);
        registry.addInterceptor(interceptor);
    }

    private static Locale defaultLocale(HttpServletRequest request) {
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        if (api && StringUtils.hasText(request.getHeader("Accept-Language"))) {
            return SupportedLocales.firstSupported(Collections.list(request.getLocales()));
        }
        return SupportedLocales.DEFAULT;
    }

    /** Keeps a hand-edited cookie from selecting a language the portal has no text for. */
    private static final class SupportedLocaleCookieResolver extends CookieLocaleResolver {

        SupportedLocaleCookieResolver() {
            super(COOKIE);
        }

        @Override
        protected Locale parseLocaleValue(String value) {
            return SupportedLocales.closestTo(super.parseLocaleValue(value));
        }
    }

    private static final class SupportedLocaleChangeInterceptor extends LocaleChangeInterceptor {

        @Override
        protected Locale parseLocaleValue(String value) {
            return SupportedLocales.closestTo(super.parseLocaleValue(value));
        }
    }
}
