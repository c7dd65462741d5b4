package cn.kjj.platform.matching;

import cn.kjj.platform.indicator.DataGeneration;
import cn.kjj.platform.indicator.IndicatorCacheConfiguration;
import cn.kjj.platform.indicator.KeptAnswerFilter;
import jakarta.servlet.DispatcherType;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The word search's kept answers (decision 0064): on with the indicator cache (it needs the same generation and
 * listener, and is off with a read replica for the same reason), bounded on its own so that searches never push
 * indicator answers out (every search with new words is a new entry).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(IndicatorCacheConfiguration.ENABLED
        + " and ${platform.search.cache.enabled:true}")
class SearchCacheConfiguration {

    @Bean
    FilterRegistrationBean<SearchCacheFilter> searchCacheFilter(DataGeneration generation,
            @Value("${platform.search.cache.max-entries:2000}") int maxEntries,
            @Value("${platform.search.cache.max-bytes:64MB}") DataSize maxBytes) {
        FilterRegistrationBean<SearchCacheFilter> registration = new FilterRegistrationBean<>(
                new SearchCacheFilter(generation, maxEntries, maxBytes.toBytes()));
        registration.setOrder(IndicatorCacheConfiguration.ORDER);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    /** The kept answers' ETag, If-None-Match and 304 in the OpenAPI document (only while the cache is on). */
    @Bean
    OpenApiCustomizer searchCacheDocumentation() {
        return openApi -> KeptAnswerFilter.document(openApi, SearchCacheFilter.PATH::equals,
                "the JSON answers of a word search, with q");
    }
}
