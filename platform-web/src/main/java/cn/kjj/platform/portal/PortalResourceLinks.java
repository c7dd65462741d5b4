package cn.kjj.platform.portal;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * No rewriting of the pages' links through the static-resource chain (decision 0048). With WebJars on the class
 * path Spring Boot enables the resource chain and registers {@link ResourceUrlEncodingFilter}, which passes every
 * link a page writes ({@code @{…}}: a dashboard has dozens) through the resource resolvers; a link to a page, not
 * to a file, is looked up in the class path's jars each time (a miss is not cached), and that was three quarters of
 * the dashboard's server time in a profile. The portal uses no content-versioned resource URLs (WebJars are linked
 * with their version), so the filter changed no link; the chain itself still serves the resources. Registering the
 * filter here, switched off, keeps Boot from registering its own.
 */
@Configuration(proxyBeanMethods = false)
class PortalResourceLinks {

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilterOff() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> off = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        off.setEnabled(false);
        return off;
    }
}
