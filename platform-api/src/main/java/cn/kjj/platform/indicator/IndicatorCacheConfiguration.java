package cn.kjj.platform.indicator;

import jakarta.servlet.DispatcherType;
import java.time.Clock;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The indicator cache (decision 0057), on unless {@code platform.indicators.cache.enabled} is false, and off when
 * a read replica is configured ({@code platform.datasource.replica.url}): an answer computed on a replica that has
 * not yet replayed a commit would be kept under the generation that commit already moved.
 */
@Configuration(proxyBeanMethods = false)
// the condition of DataChangeListener (persistence), which this module cannot name at compile time
@ConditionalOnExpression(IndicatorCacheConfiguration.ENABLED)
public class IndicatorCacheConfiguration {

    /** On unless turned off, and off with a read replica (as {@code DataChangeListener.CACHE_ON}). */
    public static final String ENABLED =
            "${platform.indicators.cache.enabled:true} and '${platform.datasource.replica.url:}' == ''";

    /** After Spring Security's filters (order -100), so that the caller is known and allowed. */
    public static final int ORDER = -90;

    @Bean
    FilterRegistrationBean<IndicatorCacheFilter> indicatorCacheFilter(DataGeneration generation, Clock clock,
            @Value("${platform.indicators.cache.max-entries:2000}") int maxEntries,
            @Value("${platform.indicators.cache.max-bytes:64MB}") DataSize maxBytes) {
        FilterRegistrationBean<IndicatorCacheFilter> registration = new FilterRegistrationBean<>(
                new IndicatorCacheFilter(generation, maxEntries, maxBytes.toBytes(), clock));
        registration.setOrder(ORDER);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    /** The kept answers' ETag, If-None-Match and 304 in the OpenAPI document (only while the cache is on). */
    @Bean
    OpenApiCustomizer indicatorCacheDocumentation() {
        return openApi -> KeptAnswerFilter.document(openApi, IndicatorCacheFilter::keeps, "every answer in JSON");
    }
}
