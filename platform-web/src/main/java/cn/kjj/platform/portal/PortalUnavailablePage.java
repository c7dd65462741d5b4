package cn.kjj.platform.portal;

import cn.kjj.platform.http.UnavailablePage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * The portal's 503 page (the same error template {@link PortalErrorPages} shows) for a database
 * out of reach before any page controller ran, e.g. while the session store loads the
 * {@code SESSION}. Rendered outside Spring MVC, so it sets the portal's language resolver itself
 * (the reader's {@code lang} cookie, else Chinese); no one is signed in as far as the page knows.
 */
@Component
class PortalUnavailablePage implements UnavailablePage {

    private final ViewResolver views;
    private final LocaleResolver locales;

    PortalUnavailablePage(@Qualifier("thymeleafViewResolver") ViewResolver views, LocaleResolver locales) {
        this.views = views;
        this.locales = locales;
    }

    @Override
    public void render(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, locales);
        Locale locale = locales.resolveLocale(request);
        try {
            View page = views.resolveViewName(PortalErrorPages.VIEW_ERROR, locale);
            if (page == null) {
                throw new IllegalStateException("No view " + PortalErrorPages.VIEW_ERROR);
            }
            page.render(Map.of("status", HttpStatus.SERVICE_UNAVAILABLE.value()), request, response);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("The 503 page failed", e);
        }
    }
}
