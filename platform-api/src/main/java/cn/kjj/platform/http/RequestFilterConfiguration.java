package cn.kjj.platform.http;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/** The filters that wrap every request before security and Spring MVC see it. */
@Configuration(proxyBeanMethods = false)
class RequestFilterConfiguration {

    /** First of all, so that the security filters' log lines and problems carry the id too. */
    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        return registration;
    }

    /** A database out of reach in the session store or security filters: 503, not 500 (see the filter). */
    @Bean
    FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter(DatabaseUnavailable database, Problems problems,
                                                                    ObjectProvider<UnavailablePage> page) {
        FilterRegistrationBean<DatabaseOutageFilter> registration =
                new FilterRegistrationBean<>(new DatabaseOutageFilter(database, problems, page));
        registration.setOrder(DatabaseOutageFilter.ORDER);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        return registration;
    }

    /** A body the container cannot read: 400 or 413, not 500 (see the filter); its error page too. */
    @Bean
    FilterRegistrationBean<UnreadableBodyFilter> unreadableBodyFilter(Problems problems) {
        FilterRegistrationBean<UnreadableBodyFilter> registration =
                new FilterRegistrationBean<>(new UnreadableBodyFilter(problems));
        registration.setOrder(UnreadableBodyFilter.ORDER);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        return registration;
    }

    /**
     * What the security firewall refuses to pass on (a header value with control characters, such
     * as UTF-8 bytes in a bearer token; a URL it deems dangerous): on the API a 400 problem with its
     * code, like every other bad input, not the container's error body; elsewhere the portal's
     * error page (the status sent as an error).
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler(Problems problems) {
        RequestRejectedHandler page = new HttpStatusRequestRejectedHandler();
        return (request, response, rejected) -> {
            if (request.getRequestURI().startsWith("/api/")) {
                problems.write(request, response,
                        problems.problem(request, HttpStatus.BAD_REQUEST, "error.request.invalid"), null);
            } else {
                page.handle(request, response, rejected);
            }
        };
    }
}
