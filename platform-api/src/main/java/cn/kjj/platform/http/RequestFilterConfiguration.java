package cn.kjj.platform.http;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

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
}
